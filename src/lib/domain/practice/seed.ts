/** Seeds of generated exercise sets: short enough to read out, share and type back in. */

/** Seeds run from 1 to this (six digits). */
export const MAX_SEED = 999_999;

/** The seed written in a link (`?seed=N`), or undefined when it is missing or not a seed. */
export function parseSeed(text: string | null | undefined): number | undefined {
	if (!text || !/^\d{1,6}$/u.test(text.trim())) return undefined;
	const seed = Number(text.trim());
	return seed >= 1 && seed <= MAX_SEED ? seed : undefined;
}

/** A new seed from a 32-bit random source (crypto in the browser, a fixed stream in tests). */
export function newSeed(random32: () => number): number {
	return (Math.abs(Math.trunc(random32())) % MAX_SEED) + 1;
}
