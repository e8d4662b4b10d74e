/**
 * Normalizing typed Arabic (and English) answers before they are compared: named folds applied in
 * one fixed order, grouped into three profiles. See docs/grading.md for the table.
 *
 * Every text is put in Unicode NFC right after the invisible fold (first, when a set of folds lacks
 * it). NFC is not a fold: it only merges spellings Unicode already treats as the same text
 * (ا + combining hamza = أ, marks in canonical order), and coming after the invisible marks are
 * gone, it also merges a letter and a hamza that a joiner kept apart.
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
const charClass = (chars: string[]) => new RegExp(`[${chars.map(escape).join('')}]`, 'gu');

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

const ALL: FoldName[] = FOLDS.map((f) => f.name);

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
function ordered(names: ReadonlySet<FoldName>): Fold[] {
	return FOLDS.filter((f) => names.has(f.name));
}

/**
 * A set of folds made fast: each run of table folds in one pass over the characters (no table's
 * output is another table's input, so one pass gives what the folds give in order), the context
 * folds (punctuation, spacing) between them. Property tests check it against the folds one by one.
 */
interface TablePass {
	/** Replacements for the code points below 0x0700 (Latin and Arabic), by code point. */
	low: (string | undefined)[];
	/** Replacements for the rest (invisible marks). */
	high: Map<number, string>;
}
type Step = TablePass | Fold;
const compiled = new Map<number, Step[]>();
const bit = new Map(FOLDS.map((f, i) => [f.name, 1 << i]));

function maskOf(names: ReadonlySet<FoldName>): number {
	let mask = 0;
	for (const name of names) mask |= bit.get(name)!;
	return mask;
}

function compile(mask: number): Step[] {
	let steps = compiled.get(mask);
	if (!steps) {
		steps = [];
		let pass: TablePass | undefined;
		for (const f of FOLDS.filter((f) => mask & bit.get(f.name)!)) {
			if (!f.table) {
				steps.push(f);
				pass = undefined;
				continue;
			}
			if (!pass) {
				pass = { low: new Array<string | undefined>(0x700).fill(undefined), high: new Map() };
				steps.push(pass);
			}
			for (const [ch, to] of Object.entries(f.table)) {
				const code = ch.charCodeAt(0);
				if (code < 0x700) pass.low[code] = to;
				else pass.high.set(code, to);
			}
		}
		compiled.set(mask, steps);
	}
	return steps;
}

function applyTable(t: string, { low, high }: TablePass): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < t.length; i++) {
		const code = t.charCodeAt(i);
		const to = code < 0x700 ? low[code] : high.size ? high.get(code) : undefined;
		if (to !== undefined) {
			out += t.slice(from, i) + to;
			from = i + 1;
		}
	}
	return from === 0 ? t : out + t.slice(from);
}

const INVISIBLE_BIT = bit.get('invisible')!;

/** The text the folds start from: invisible marks removed (when `invisible`), then NFC. */
function begin(text: string, invisible: boolean): string {
	return (invisible ? FOLDS[0]!.apply(text) : text).normalize('NFC');
}

function run(text: string, mask: number): string {
	let out = begin(text, (mask & INVISIBLE_BIT) !== 0);
	for (const step of compile(mask)) out = 'apply' in step ? step.apply(out) : applyTable(out, step);
	return out;
}

const PROFILE_MASKS: Record<Profile, number> = {
	strict: maskOf(PROFILES.strict),
	standard: maskOf(PROFILES.standard),
	lenient: maskOf(PROFILES.lenient)
};
const profileMask = (profile: Profile | ReadonlySet<FoldName>) =>
	typeof profile === 'string' ? PROFILE_MASKS[profile] : maskOf(profile);

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

/** True when `name` is a profile name. */
export function isProfile(name: string): name is Profile {
	return name === 'strict' || name === 'standard' || name === 'lenient';
}
