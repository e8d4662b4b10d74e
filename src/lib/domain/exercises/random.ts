/**
 * A small seeded random source, so every generated exercise can be rebuilt from its seed. Domain
 * code never calls Math.random: a `Random` is always passed in.
 */

/** Returns a float in [0, 1), like Math.random, but from a seeded, reproducible stream. */
export type Random = () => number;

/**
 * mulberry32: a 32-bit state generator, fast and good enough for shuffling options; the same seed
 * always gives the same stream.
 */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Mixes a seed with a label, so independent streams (one per exercise family) never overlap. */
export function deriveSeed(seed: number, label: string): number {
	let h = (seed ^ 0x811c9dc5) >>> 0;
	for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
	return h;
}

/** An integer in [0, n). */
export function randomInt(n: number, random: Random): number {
	return Math.floor(random() * n);
}

/** A shuffled copy (Fisher-Yates); the input is left as it is. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = randomInt(i + 1, random);
		const held = out[i] as T;
		out[i] = out[j] as T;
		out[j] = held;
	}
	return out;
}

/** One item, or undefined when there are none. */
export function pick<T>(items: readonly T[], random: Random): T | undefined {
	return items.length === 0 ? undefined : items[randomInt(items.length, random)];
}

/** Up to `n` distinct items, in random order. */
export function sample<T>(items: readonly T[], n: number, random: Random): T[] {
	return shuffle(items, random).slice(0, n);
}
