/**
 * The grading folds: each one's name, what it forgives, and the characters it rewrites, in the
 * fixed order they run; and the three profiles that group them. See docs/grading.md for the table.
 * The compiler (fold-compiler.ts) makes a set of them fast; normalize.ts compares with them.
 */

/** A fold's name; `FOLDS` lists them in the order they run. */
export type FoldName =
	| 'invisible'
	| 'digits'
	| 'punctuation'
	| 'marks'
	| 'dagger-alef'
	| 'tatweel'
	| 'alef-forms'
	| 'hamza-seats'
	| 'alef-maqsura'
	| 'ta-marbuta'
	| 'persian-letters'
	| 'latin-case'
	| 'spacing';

export type Profile = 'strict' | 'standard' | 'lenient';

export interface Fold {
	name: FoldName;
	/** What the fold forgives, in one line (docs/grading.md lists them). */
	summary: string;
	/**
	 * The single characters this fold rewrites, and into what ('' removes). Absent for the folds
	 * that look at context (punctuation, spacing).
	 */
	table?: Readonly<Record<string, string>>;
	apply(text: string): string;
}

type Table = Record<string, string>;

/** Each code point from `from` to `to` (inclusive) mapped by `to`. */
function span(from: number, last: number, map: (ch: string, i: number) => string): Table {
	const table: Table = {};
	for (let code = from; code <= last; code++)
		table[String.fromCharCode(code)] = map(String.fromCharCode(code), code - from);
	return table;
}
const removed = (...codes: (number | [number, number])[]): Table =>
	Object.assign(
		{},
		...codes.map((c) => (Array.isArray(c) ? span(c[0], c[1], () => '') : span(c, c, () => '')))
	);

const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
export const charClass = (chars: string[]) => new RegExp(`[${chars.map(escape).join('')}]`, 'gu');

/** A fold that rewrites single characters through its table. */
function charFold(name: FoldName, summary: string, table: Table): Fold {
	const pattern = charClass(Object.keys(table));
	return { name, summary, table, apply: (t) => t.replace(pattern, (ch) => table[ch] ?? ch) };
}

// A punctuation mark between two digits is a decimal or thousands separator and stays.
const ANY_PUNCTUATION = /\p{P}/u;
const PUNCTUATION = /(?<![0-9])\p{P}|\p{P}(?![0-9])/gu;
const UNTIDY_SPACING = /\s\s|^\s|\s$|[^\S ]/u;
const SPACES = /\s+/gu;

/** The folds, in the order they are applied. */
export const FOLDS: readonly Fold[] = [
	// First: an invisible mark between two letters would hide them from every later fold.
	charFold(
		'invisible',
		'zero-width spaces, joiners, direction marks, the BOM, soft hyphens: removed',
		removed([0x200b, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069], 0xfeff, 0x061c, 0x034f, 0x00ad)
	),
	// Digits next, so that ٣٫٥ reaches the punctuation fold as 3.5 and keeps its point.
	charFold('digits', 'Arabic-Indic and Persian digits → 0-9; ٫ → . and ٬ → ,', {
		...span(0x0660, 0x0669, (_, i) => String(i)),
		...span(0x06f0, 0x06f9, (_, i) => String(i)),
		'\u066B': '.',
		'\u066C': ','
	}),
	// Punctuation is judged before any letter or mark is dropped, so whether a mark sits between two
	// digits never depends on the profile.
	{
		name: 'punctuation',
		summary: 'Arabic and Latin punctuation removed (except a separator between two digits)',
		apply: (t) => (ANY_PUNCTUATION.test(t) ? t.replace(PUNCTUATION, '') : t)
	},
	// Harakat, tanwin, shadda, sukun, maddah, the rarer marks to U+065F and Quranic annotation signs;
	// a combining hamza (U+0654/U+0655) is only left here where NFC could not join it to its letter
	// (after a tatweel, say), so it goes too.
	charFold(
		'marks',
		'vowel marks, tanwin, shadda, sukun, maddah, a stray combining hamza: removed',
		removed([0x064b, 0x065f], [0x06d6, 0x06dc], [0x06df, 0x06e4], 0x06e7, 0x06e8, [0x06ea, 0x06ed])
	),
	charFold(
		'dagger-alef',
		'dagger (superscript) alef: removed, as ordinary spelling omits it (هٰذا = هذا)',
		removed(0x0670)
	),
	charFold('tatweel', 'tatweel (ـ): removed', removed(0x0640)),
	charFold('alef-forms', 'أ إ آ ٱ (and the wavy-hamza alefs ٲ ٳ) → ا', {
		أ: 'ا',
		إ: 'ا',
		آ: 'ا',
		ٱ: 'ا',
		ٲ: 'ا',
		ٳ: 'ا'
	}),
	charFold(
		'hamza-seats',
		'ؤ → و, ئ → ي, ء dropped: the hamza goes and its seat stays, as in the alef forms',
		{ ؤ: 'و', ئ: 'ي', ء: '' }
	),
	// ى only ever ends a word, so folding it everywhere is folding final ى/ي.
	charFold('alef-maqsura', 'ى → ي (final ى and ي read alike)', { ى: 'ي' }),
	// ة only ever ends a word too.
	charFold('ta-marbuta', 'ة → ه (final ة and ه read alike)', { ة: 'ه' }),
	charFold('persian-letters', 'Persian-keyboard ی → ي and ک → ك', { ی: 'ي', ک: 'ك' }),
	charFold('latin-case', 'Latin capitals lowercased', {
		...span(0x41, 0x5a, (ch) => ch.toLowerCase()),
		...span(0xc0, 0xd6, (ch) => ch.toLowerCase()),
		...span(0xd8, 0xde, (ch) => ch.toLowerCase())
	}),
	// Last: dropping punctuation, marks or tatweel can leave spaces to collapse.
	{
		name: 'spacing',
		summary: 'runs of spaces, tabs and line breaks → one space; ends trimmed',
		apply: (t) => (UNTIDY_SPACING.test(t) ? t.replace(SPACES, ' ').trim() : t)
	}
];

export const ALL: FoldName[] = FOLDS.map((f) => f.name);

/**
 * The folds each profile applies. strict forgives only what is not spelling (invisible marks,
 * digit script, spacing); standard adds what printed Arabic itself leaves out or varies (marks,
 * tatweel, punctuation, letter case) and the spelling of the hamza, on alef or on its other seats
 * alike (one kind of difference gets one credit: docs/grading.md); lenient applies every fold.
 */
export const PROFILES: Readonly<Record<Profile, ReadonlySet<FoldName>>> = {
	strict: new Set<FoldName>(['invisible', 'digits', 'spacing']),
	standard: new Set<FoldName>([
		'invisible',
		'marks',
		'dagger-alef',
		'tatweel',
		'alef-forms',
		'hamza-seats',
		'persian-letters',
		'digits',
		'punctuation',
		'latin-case',
		'spacing'
	]),
	lenient: new Set<FoldName>(ALL)
};

/** Folds in the fixed order, keeping only those in `names`. */
export function ordered(names: ReadonlySet<FoldName>): Fold[] {
	return FOLDS.filter((f) => names.has(f.name));
}

/** True when `name` is a profile name. */
export function isProfile(name: string): name is Profile {
	return name === 'strict' || name === 'standard' || name === 'lenient';
}
