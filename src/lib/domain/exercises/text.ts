/**
 * The comparisons fairness rests on: when two Arabic words count as the same word, when two English
 * glosses could both be right, and how a gloss or a root is shown.
 */
import type { Bilingual } from '../../content/question-schema';
import type { GlossaryEntry } from '../../content/schema';
import { stripMarks, TATWEEL } from '../arabic/letters';

/**
 * The most lenient spelling key: no marks or tatweel, one alef, ى = ي, ة = ه, hamza seats merged.
 * Two words with the same key look alike to a learner, so they never sit side by side as options.
 */
export function bareKey(text: string): string {
	return stripMarks(text)
		.replaceAll(TATWEEL, '')
		.replace(/[أإآٱ]/gu, 'ا')
		.replace(/ى/gu, 'ي')
		.replace(/ة/gu, 'ه')
		.replace(/ؤ/gu, 'و')
		.replace(/ئ/gu, 'ي')
		.replace(/\s+/gu, ' ')
		.trim();
}

const ARABIC = /[\u0600-\u06FF]/u;

/** Drops the bracketed asides `drop` selects (all of them by default). */
function withoutAsides(gloss: string, drop: (aside: string) => boolean = () => true): string {
	return gloss
		.replace(/\s*\(([^)]*)\)/gu, (aside, inner: string) => (drop(inner) ? '' : aside))
		.replace(/\s+/gu, ' ')
		.replace(/^[\s,;]+|[\s,;]+$/gu, '');
}

/**
 * The article sense of an entry as an option text: its first gloss without the asides that quote
 * Arabic (they would give the answer away) or list plurals; "(of)" and "(in speech)" stay, since
 * they tell senses apart. Null when nothing usable is left.
 */
export function displayGloss(entry: GlossaryEntry): string | null {
	const gloss = withoutAsides(
		entry.glosses[0] ?? '',
		(aside) => ARABIC.test(aside) || /^pl\./u.test(aside)
	);
	return gloss === '' || ARABIC.test(gloss) ? null : gloss;
}

// Words that say nothing about a meaning; two glosses sharing only these are not synonyms.
const STOPWORDS = new Set(
	'a an the to of in on at by for from with as or and be is are its his her their'.split(' ')
);

function senses(gloss: string): string[] {
	return withoutAsides(gloss)
		.toLowerCase()
		.split(/[,;/]/u)
		.map((s) =>
			s
				.replace(/[^a-z\s-]/gu, ' ')
				.replace(/\s+/gu, ' ')
				.trim()
		)
		.filter((s) => s !== '');
}

function stem(word: string): string {
	const w = word.replace(/^-+|-+$/gu, '');
	return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function contentWords(sense: string): string[] {
	return sense
		.split(/[\s-]+/u)
		.map(stem)
		.filter((w) => w !== '' && !STOPWORDS.has(w));
}

// Production compares every entry with every other; entries are immutable content, so cache by identity.
const keyCache = new WeakMap<GlossaryEntry, ReadonlySet<string>>();

/**
 * What a gloss means, as comparable keys: the gloss as shown, every sense of every gloss, the head
 * word of every sense, and every content word of the article sense (the first gloss).
 */
export function glossKeys(entry: GlossaryEntry): ReadonlySet<string> {
	const cached = keyCache.get(entry);
	if (cached) return cached;
	const keys = new Set<string>();
	entry.glosses.forEach((gloss, i) => {
		for (const sense of senses(gloss)) {
			const words = contentWords(sense);
			keys.add(`=${words.join(' ')}`);
			if (words[0]) keys.add(words[0]);
			if (i === 0) for (const w of words) keys.add(w);
		}
	});
	keys.delete('=');
	const shown = displayGloss(entry);
	if (shown) keys.add(`~${shown.toLowerCase()}`);
	keyCache.set(entry, keys);
	return keys;
}

/**
 * True when the two entries' glosses could be taken for one another: the same shown gloss, a shared
 * sense, a shared head word, or a shared content word of the article sense. Deliberately eager: a lost distractor costs
 * little, a second right answer ruins the exercise.
 */
export function glossesConflict(a: GlossaryEntry, b: GlossaryEntry): boolean {
	const keys = glossKeys(a);
	for (const key of glossKeys(b)) if (keys.has(key)) return true;
	return false;
}

/** A root written letter by letter: عزز → "ع ز ز". */
export function spacedRoot(root: string): string {
	return [...root].join(' ');
}

const POS_EN: Record<GlossaryEntry['pos'], string> = {
	noun: 'noun',
	'verbal-noun': 'verbal noun',
	adjective: 'adjective',
	participle: 'participle',
	verb: 'verb',
	adverb: 'adverb',
	preposition: 'preposition',
	conjunction: 'conjunction',
	particle: 'particle',
	pronoun: 'pronoun',
	demonstrative: 'demonstrative',
	relative: 'relative pronoun',
	'proper-noun': 'name',
	number: 'number'
};

/** The part of speech in plain English, for prompts and explanations. */
export function posName(pos: GlossaryEntry['pos']): string {
	return POS_EN[pos];
}

const POS_AR: Record<GlossaryEntry['pos'], string> = {
	noun: 'اسم',
	'verbal-noun': 'مصدر',
	adjective: 'صفة',
	participle: 'اسم فاعل أو مفعول',
	verb: 'فعل',
	adverb: 'ظرف',
	preposition: 'حرف جر',
	conjunction: 'حرف عطف',
	particle: 'حرف',
	pronoun: 'ضمير',
	demonstrative: 'اسم إشارة',
	relative: 'اسم موصول',
	'proper-noun': 'اسم علم',
	number: 'عدد'
};

/** The part of speech with its Arabic grammatical term, for Arabic explanations. */
export function posNameAr(pos: GlossaryEntry['pos']): string {
	return POS_AR[pos];
}

/**
 * A word for explanations, in both languages: "تَعْزِيز (verbal noun, root ع ز ز): strengthening"
 * and "تَعْزِيز (مصدر، الجذر ع ز ز): تقوية الشيء ودعمه" from the entry's `definitionAr` (its
 * leading "تَعْزِيز:" dropped, the head already names the word; its final stop dropped, as callers
 * punctuate). Without a definition the Arabic stops after the grammar rather than borrow the
 * English gloss.
 */
export function describeEntry(entry: GlossaryEntry): Bilingual {
	const root = entry.root ? `, root ${spacedRoot(entry.root)}` : '';
	const rootAr = entry.root ? `، الجذر ${spacedRoot(entry.root)}` : '';
	const headAr = `${entry.lemma} (${posNameAr(entry.pos)}${rootAr})`;
	const definition = entry.definitionAr
		?.replace(new RegExp(`^${entry.lemma}\\s*:\\s*`, 'u'), '')
		.replace(/[.،؛\s]+$/u, '');
	return {
		en: `${entry.lemma} (${posName(entry.pos)}${root}): ${displayGloss(entry) ?? entry.glosses.join('; ')}`,
		ar: definition ? `${headAr}: ${definition}` : headAr
	};
}

/** Joins bilingual texts into one, each language with its own separator. */
export function joinBilingual(parts: readonly Bilingual[], en: string, ar: string): Bilingual {
	return { en: parts.map((p) => p.en).join(en), ar: parts.map((p) => p.ar).join(ar) };
}
