import { describe, expect, it } from 'vitest';
import { median, percentile, slope, spread } from '../../../bench/lib/stats';

describe('median and spread', () => {
	it('take the middle sample, or the mean of the middle two, whatever the order', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(spread([3, 9, 1])).toEqual({ min: 1, max: 9 });
	});

	it('are NaN with no samples', () => {
		expect(median([])).toBeNaN();
		expect(spread([]).min).toBeNaN();
	});

	it('do not reorder the caller’s samples', () => {
		const samples = [3, 1, 2];
		median(samples);
		expect(samples).toEqual([3, 1, 2]);
	});
});

describe('percentile', () => {
	it('is an observed value by nearest rank', () => {
		const samples = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(percentile(samples, 95)).toBe(95);
		expect(percentile(samples, 100)).toBe(100);
		expect(percentile([5, 1], 50)).toBe(1);
		expect(percentile([], 95)).toBeNaN();
	});
});

describe('slope', () => {
	it('fits a straight line: the ms per word of a time that grows with the words', () => {
		expect(
			slope([
				{ x: 0, y: 100 },
				{ x: 1000, y: 300 },
				{ x: 2000, y: 500 }
			])
		).toBeCloseTo(0.2);
		// Noise around the line moves the fit only a little.
		expect(
			slope([
				{ x: 0, y: 110 },
				{ x: 1000, y: 290 },
				{ x: 2000, y: 505 }
			])
		).toBeCloseTo(0.1975);
	});

	it('is NaN when there is nothing to fit', () => {
		expect(slope([{ x: 1, y: 1 }])).toBeNaN();
		expect(
			slope([
				{ x: 1, y: 1 },
				{ x: 1, y: 2 }
			])
		).toBeNaN();
	});
});
