import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEED, newSeed, parseSeed } from '../../../../src/lib/domain/practice/seed';

describe('parseSeed', () => {
	it('reads a seed from a link and refuses anything else', () => {
		expect(parseSeed('42')).toBe(42);
		expect(parseSeed(' 999999 ')).toBe(999999);
		for (const bad of [null, undefined, '', '0', '1000000', '-3', '4.5', 'abc', '1e3'])
			expect(parseSeed(bad)).toBeUndefined();
	});
});

describe('newSeed', () => {
	it('always gives a seed parseSeed reads back', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => {
				const seed = newSeed(() => n);
				expect(seed).toBeGreaterThanOrEqual(1);
				expect(seed).toBeLessThanOrEqual(MAX_SEED);
				expect(parseSeed(String(seed))).toBe(seed);
			})
		);
	});
});
