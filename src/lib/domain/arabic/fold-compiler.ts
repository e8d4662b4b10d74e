/**
 * The folds compiled for speed. A set of folds is a bit mask over FOLDS; each mask is compiled
 * once into steps and kept.
 */
import { FOLDS, PROFILES, type Fold, type FoldName, type Profile } from './folds';

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
/** Each fold's bit in a mask. */
export const bit = new Map(FOLDS.map((f, i) => [f.name, 1 << i]));

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
export function begin(text: string, invisible: boolean): string {
	return (invisible ? FOLDS[0]!.apply(text) : text).normalize('NFC');
}

/** `text` under the folds of `mask`, in the fixed order. */
export function run(text: string, mask: number): string {
	let out = begin(text, (mask & INVISIBLE_BIT) !== 0);
	for (const step of compile(mask)) out = 'apply' in step ? step.apply(out) : applyTable(out, step);
	return out;
}

const PROFILE_MASKS: Record<Profile, number> = {
	strict: maskOf(PROFILES.strict),
	standard: maskOf(PROFILES.standard),
	lenient: maskOf(PROFILES.lenient)
};
/** The mask of a profile, or of an explicit set of folds. */
export const profileMask = (profile: Profile | ReadonlySet<FoldName>) =>
	typeof profile === 'string' ? PROFILE_MASKS[profile] : maskOf(profile);
