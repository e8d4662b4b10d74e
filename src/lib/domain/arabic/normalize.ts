/**
 * Normalizing typed Arabic (and English) answers and comparing them: named folds applied in one
 * fixed order, grouped into three profiles (folds.ts, made fast by fold-compiler.ts). See
 * docs/grading.md for the table. This is the public entry: import the folds from here.
 *
 * Every text is put in Unicode NFC right after the invisible fold (first, when a set of folds lacks
 * it). NFC is not a fold: it only merges spellings Unicode already treats as the same text
 * (ا + combining hamza = أ, marks in canonical order), and coming after the invisible marks are
 * gone, it also merges a letter and a hamza that a joiner kept apart.
 */

import { ALL, charClass, FOLDS, ordered, PROFILES, type FoldName, type Profile } from './folds';
import { begin, bit, profileMask, run } from './fold-compiler';

export { FOLDS, PROFILES, isProfile, type Fold, type FoldName, type Profile } from './folds';

/** Whether a fold could change `text`: a cheap test that only says no when the fold is a no-op. */
const touches = new Map<FoldName, (text: string) => boolean>(
	FOLDS.map((f) => {
		if (!f.table) return [f.name, (t: string) => f.apply(t) !== t];
		const pattern = new RegExp(charClass(Object.keys(f.table)).source, 'u');
		return [f.name, (t: string) => pattern.test(t)];
	})
);

/** `text` under a profile, or under an explicit set of folds (still applied in the fixed order). */
export function normalize(text: string, profile: Profile | ReadonlySet<FoldName>): string {
	return run(text, profileMask(profile));
}

/** The folds of `profile` that changed `text`, in order (what `fahm normalize` reports). */
export function foldTrace(text: string, profile: Profile | ReadonlySet<FoldName>): FoldName[] {
	const folds = ordered(typeof profile === 'string' ? PROFILES[profile] : profile);
	const changed: FoldName[] = [];
	const invisible = folds[0]?.name === 'invisible';
	if (invisible && FOLDS[0]!.apply(text) !== text) changed.push('invisible');
	let out = begin(text, invisible);
	for (const fold of invisible ? folds.slice(1) : folds) {
		const next = fold.apply(out);
		if (next !== out) changed.push(fold.name);
		out = next;
	}
	return changed;
}

/**
 * Which folds of `profile` made `a` and `b` equal: each fold without which the two would differ.
 * [] when they are equal as they stand (after NFC); null when they differ even under `profile`.
 */
export function foldsBetween(
	a: string,
	b: string,
	profile: Profile | ReadonlySet<FoldName> = 'lenient'
): FoldName[] | null {
	const mask = profileMask(profile);
	if (run(a, mask) !== run(b, mask)) return null;
	const texts = [a, b, begin(a, true), begin(b, true)];
	const needed: FoldName[] = [];
	for (const f of FOLDS) {
		const m = bit.get(f.name)!;
		// A fold that changes neither text cannot have mattered: skip the re-run.
		if (!(mask & m) || !texts.some(touches.get(f.name)!)) continue;
		if (run(a, mask & ~m) !== run(b, mask & ~m)) needed.push(f.name);
	}
	return needed;
}

const SEAT_BLIND: ReadonlySet<FoldName> = new Set(
	ALL.filter((f) => f !== 'alef-forms' && f !== 'hamza-seats')
);
// Combining hamzas as alternatives: a character class would read them as joined to the letter before.
const ANY_HAMZA = /[\u0621-\u0626\u0672\u0673]|\u0654|\u0655/gu;

/**
 * Every other fold applied, then every hamza, whatever its seat (أ إ آ ؤ ئ ء), written ء: equal
 * keys mean two spellings differ only in where the hamza sits (مسئول / مسؤول), which the
 * hamza-seats fold, keeping seats, cannot see.
 */
export function hamzaKey(text: string): string {
	return normalize(text, SEAT_BLIND).replace(ANY_HAMZA, 'ء').replaceAll('\u0671', 'ا');
}

/** `text` with every hamza, on any seat, written ء (ٱ as ا) and nothing else folded. */
export function hamzaOnLine(text: string): string {
	return text.normalize('NFC').replace(ANY_HAMZA, 'ء').replaceAll('\u0671', 'ا');
}
