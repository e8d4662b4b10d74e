/**
 * Comparing a typed answer with the accepted ones: equal under the question's profile, equal only
 * once every fold is applied (a spelling difference: vowel marks, hamza, ya, ta marbuta), or one
 * letter off. Shared by short answer and typed cloze gaps.
 */
import {
	foldsBetween,
	foldTrace,
	hamzaKey,
	hamzaOnLine,
	normalize,
	PROFILES,
	type FoldName,
	type Profile
} from '../arabic/normalize';
import type { Bilingual } from '../../content/question-parts';
import type { GradeNote, GradeNoteCode } from './types';

/** The kinds of spelling difference, each worded by one note and credited by one rule. */
export type SpellingDifference = 'marks' | 'hamza' | 'final-ya' | 'ta-marbuta';

/** The folds that forgive each kind of spelling difference. */
export const SPELLING_FOLDS: Readonly<Record<SpellingDifference, readonly FoldName[]>> = {
	marks: ['marks', 'dagger-alef'],
	// One kind: the hamza on alef (امريكا), on another seat (الطايرات, مسئول) or left out (شي).
	hamza: ['alef-forms', 'hamza-seats'],
	'final-ya': ['alef-maqsura'],
	'ta-marbuta': ['ta-marbuta']
};

/**
 * The share of an accepted answer's credit an answer keeps when it differs from it only in this
 * kind of spelling, per profile (docs/grading.md has the table). 1 exactly where the profile folds
 * the difference away (a unit test holds the two together).
 */
export const SPELLING_CREDIT: Readonly<
	Record<Profile, Readonly<Record<SpellingDifference, number>>>
> = {
	strict: { marks: 0, hamza: 0, 'final-ya': 0, 'ta-marbuta': 0 },
	standard: { marks: 1, hamza: 1, 'final-ya': 0.5, 'ta-marbuta': 0.5 },
	lenient: { marks: 1, hamza: 1, 'final-ya': 1, 'ta-marbuta': 1 }
};

const DIFFERENCE_OF = new Map<FoldName, SpellingDifference>(
	Object.entries(SPELLING_FOLDS).flatMap(([difference, folds]) =>
		folds.map((f) => [f, difference as SpellingDifference] as const)
	)
);
const NOTE_OF: Record<SpellingDifference, GradeNoteCode> = {
	marks: 'marks-differ',
	hamza: 'hamza-differs',
	'final-ya': 'ya-alef-maqsura-differs',
	'ta-marbuta': 'ta-marbuta-differs'
};

/** Credit (times the accepted answer's own) for an answer one letter off. */
export const ONE_LETTER_OFF_CREDIT = 0.5;
/** Letters an accepted answer needs before one letter off earns credit (شيء vs شيخ are words apart). */
export const MIN_LETTERS_FOR_TYPO = 4;

/** An accepted answer, folded once and kept (see `targetsFor`). */
export interface Target {
	text: string;
	credit: number;
	feedback?: Bilingual;
	folded: string;
	lenient: string;
	/** See `hamzaKey`: equal keys differ only in the hamza's seat. */
	hamza: string;
	/** Letters in the lenient form: what typo tolerance counts (spaces and marks do not count). */
	letters: number;
}

export interface TypedMatch {
	/** The accepted answer matched, or null when none was close. */
	target: Target | null;
	credit: number;
	notes: GradeNote[];
}

/** Folds an accepted answer under `profile` and under every fold. */
export function toTarget(
	answer: { text: string; credit?: number; feedback?: Bilingual },
	profile: Profile
): Target {
	const lenient = normalize(answer.text, 'lenient');
	return {
		text: answer.text,
		credit: answer.credit ?? 1,
		feedback: answer.feedback,
		folded: normalize(answer.text, profile),
		lenient,
		hamza: hamzaKey(answer.text),
		letters: lenient.replaceAll(' ', '').length
	};
}

const IGNORED: Partial<Record<FoldName, GradeNoteCode>> = {
	marks: 'marks-ignored',
	'dagger-alef': 'marks-ignored',
	tatweel: 'tatweel-ignored',
	digits: 'digits-read',
	punctuation: 'punctuation-ignored',
	spacing: 'spacing-ignored'
};

/** What a fold outside the profile costs: its spelling difference's rule, or everything. */
function creditWithout(fold: FoldName, profile: Profile): number {
	const difference = DIFFERENCE_OF.get(fold);
	return difference ? SPELLING_CREDIT[profile][difference] : 0;
}

/**
 * What the folds that made `response` equal a target say and cost. A spelling difference is named
 * whichever side it changed, with the share of credit it kept (`credit`); an ignored fold only
 * when it changed the learner's text ("you typed marks, they were ignored"). A fold outside the
 * profile without a spelling rule (punctuation under strict, say) keeps no credit.
 */
function weigh(
	response: string,
	needed: readonly FoldName[],
	profile: Profile
): { credit: number; notes: GradeNote[] } {
	const inProfile = PROFILES[profile];
	const trace = needed.some((f) => inProfile.has(f) && IGNORED[f])
		? foldTrace(response, profile)
		: [];
	const notes = new Map<GradeNoteCode, GradeNote>();
	let credit = 1;
	for (const f of needed) {
		const ignored = IGNORED[f];
		if (inProfile.has(f) && ignored) {
			if (trace.includes(f)) notes.set(ignored, { code: ignored });
			continue;
		}
		const kept = inProfile.has(f) ? 1 : creditWithout(f, profile);
		credit = Math.min(credit, kept);
		const difference = DIFFERENCE_OF.get(f);
		if (difference) notes.set(NOTE_OF[difference], { code: NOTE_OF[difference], credit: kept });
	}
	return { credit, notes: [...notes.values()] };
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring),
 * giving up past `max`: counts letters inserted, dropped, changed or swapped.
 */
export function letterDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			if (d < best) best = d;
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

const LATIN = /[A-Za-z]/u;

/** Notes about the learner's text itself, whatever it matched. */
function textNotes(response: string, language: 'ar' | 'en'): GradeNote[] {
	return language === 'ar' && LATIN.test(response) ? [{ code: 'latin-letters' }] : [];
}

function best<T extends { target: Target }>(found: T[]): T | undefined {
	return found.reduce<T | undefined>(
		(a, b) => (!a || b.target.credit > a.target.credit ? b : a),
		undefined
	);
}

/**
 * Grades one typed answer against accepted `targets` under `profile`. An answer equal under the
 * profile always wins over a spelling-only match, which wins over a near miss; among equals the
 * highest credit wins (so a listed wrong answer with credit 0 still gets its feedback).
 */
export function matchTyped(
	response: string,
	targets: readonly Target[],
	profile: Profile,
	language: 'ar' | 'en'
): TypedMatch {
	const extra = textNotes(response, language);
	const folded = normalize(response, profile);
	const exact = best(targets.filter((t) => t.folded === folded).map((target) => ({ target })));
	if (exact) {
		const t = exact.target;
		const needed = response === t.text ? [] : (foldsBetween(response, t.text, profile) ?? []);
		return {
			target: t,
			credit: t.credit,
			notes: [...weigh(response, needed, profile).notes, ...extra]
		};
	}
	const lenient = normalize(response, 'lenient');
	let spelling = best(targets.filter((t) => t.lenient === lenient).map((target) => ({ target })));
	let needed = spelling ? (foldsBetween(response, spelling.target.text, 'lenient') ?? []) : [];
	if (!spelling) {
		// The hamza on another seat (مسئول for مسؤول), which no fold can see; and whatever else
		// differs once every hamza is written alike.
		const key = hamzaKey(response);
		spelling = best(targets.filter((t) => t.hamza === key).map((target) => ({ target })));
		if (spelling) {
			const rest = foldsBetween(hamzaOnLine(response), hamzaOnLine(spelling.target.text)) ?? [];
			needed = ['hamza-seats', ...rest.filter((f) => DIFFERENCE_OF.get(f) !== 'hamza')];
		}
	}
	if (spelling) {
		const weighed = weigh(response, needed, profile);
		// An answer that keeps no credit does not get the accepted answer's feedback ("Right: ...").
		const t = weighed.credit > 0 ? spelling.target : null;
		const credit = t ? t.credit * weighed.credit : 0;
		return { target: t, credit, notes: [...weighed.notes, ...extra] };
	}
	let near: { target: Target; distance: number } | undefined;
	for (const target of targets) {
		const distance = letterDistance(lenient, target.lenient);
		if (distance > 2 || target.letters < MIN_LETTERS_FOR_TYPO * distance) continue;
		if (
			!near ||
			distance < near.distance ||
			(distance === near.distance && target.credit > near.target.credit)
		)
			near = { target, distance };
	}
	if (near) {
		const off = near.distance === 1 && profile !== 'strict';
		return {
			target: off ? near.target : null,
			credit: off ? near.target.credit * ONE_LETTER_OFF_CREDIT : 0,
			notes: [{ code: 'letters-off', count: near.distance }, ...extra]
		};
	}
	return { target: null, credit: 0, notes: extra };
}

const BLANK_FOLDS: ReadonlySet<FoldName> = new Set([
	'invisible',
	'marks',
	'dagger-alef',
	'tatweel',
	'punctuation',
	'spacing'
]);

/** True when a typed answer holds nothing to grade: only spaces, punctuation, tatweel, vowel marks or invisible marks. */
export function isBlank(text: string): boolean {
	return normalize(text, BLANK_FOLDS) === '';
}
