import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createRandom,
	deriveSeed,
	pick,
	randomInt,
	sample,
	shuffle
} from '../../../../src/lib/domain/exercises/random';

const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const draw = (seed: number, n: number) => {
	const random = createRandom(seed);
	return Array.from({ length: n }, () => random());
};

describe('createRandom', () => {
	it('gives the same stream for the same seed', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				expect(draw(seed, 20)).toEqual(draw(seed, 20));
			})
		);
	});

	it('stays in [0, 1)', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				for (const x of draw(seed, 50)) expect(x >= 0 && x < 1).toBe(true);
			})
		);
	});

	it('gives different streams for neighbouring seeds', () => {
		expect(draw(1, 5)).not.toEqual(draw(2, 5));
		expect(draw(0, 5)).not.toEqual(draw(2 ** 32 - 1, 5));
	});

	it('spreads its values over the whole range', () => {
		const values = draw(42, 10_000);
		const buckets = Array.from({ length: 10 }, () => 0);
		for (const x of values) {
			const i = Math.floor(x * 10);
			buckets[i] = (buckets[i] ?? 0) + 1;
		}
		for (const count of buckets) expect(count).toBeGreaterThan(850);
	});
});

describe('deriveSeed', () => {
	it('gives each label its own seed, the same every time', () => {
		expect(deriveSeed(7, 'meaning/choice')).toBe(deriveSeed(7, 'meaning/choice'));
		expect(deriveSeed(7, 'meaning/choice')).not.toBe(deriveSeed(7, 'root/choice'));
		expect(deriveSeed(7, 'cloze/bank')).not.toBe(deriveSeed(8, 'cloze/bank'));
	});
});

describe('helpers', () => {
	it('shuffle returns a permutation and leaves its input alone', () => {
		fc.assert(
			fc.property(seeds, fc.array(fc.integer()), (seed, items) => {
				const copy = [...items];
				const out = shuffle(items, createRandom(seed));
				expect(items).toEqual(copy);
				expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
			})
		);
	});

	it('shuffle reorders a long list for most seeds', () => {
		const items = Array.from({ length: 20 }, (_, i) => i);
		const unchanged = Array.from({ length: 50 }, (_, seed) =>
			shuffle(items, createRandom(seed)).every((x, i) => x === i)
		).filter(Boolean);
		expect(unchanged).toHaveLength(0);
	});

	it('randomInt, pick and sample stay inside their input', () => {
		fc.assert(
			fc.property(seeds, fc.uniqueArray(fc.string(), { minLength: 1 }), (seed, items) => {
				const random = createRandom(seed);
				const i = randomInt(items.length, random);
				expect(Number.isInteger(i) && i >= 0 && i < items.length).toBe(true);
				expect(items).toContain(pick(items, random));
				const some = sample(items, 3, random);
				expect(some).toHaveLength(Math.min(3, items.length));
				expect(new Set(some).size).toBe(some.length);
				for (const x of some) expect(items).toContain(x);
			})
		);
	});

	it('pick gives undefined for an empty list', () => {
		expect(pick([], createRandom(1))).toBeUndefined();
	});
});
