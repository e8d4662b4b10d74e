import { describe, expect, it } from 'vitest';
import { growth, median, percentile, slope, spread } from '../../../bench/lib/stats';

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

describe('growth', () => {
	const words = [338, 1250, 2500, 5000];
	const at = (time: (x: number) => number) => words.map((x) => ({ x, y: time(x) }));
	const floor = 0.02;

	it('is 1 for a time that grows in a straight line, whatever its fixed part', () => {
		expect(
			growth(
				at((x) => 400 + 0.05 * x),
				floor
			)
		).toBeCloseTo(1);
		expect(
			growth(
				at((x) => 0.05 * x),
				floor
			)
		).toBeCloseTo(1);
	});

	it('is over 2 for a time that grows as the square of the words', () => {
		const square = growth(
			at((x) => 400 + 2e-5 * x * x),
			floor
		);
		expect(square).toBeCloseTo((2500 + 5000) / (338 + 2500));
		expect(square).toBeGreaterThan(2);
	});

	it('does not read noise on a nearly flat time as growth', () => {
		// Medians seen here: the 1,250- and 2,500-word pages within noise of each other, so
		// the lower slope was almost 0 and the plain ratio of slopes came out at 10.9.
		const flat = [
			{ x: 338, y: 600 },
			{ x: 1250, y: 635 },
			{ x: 2500, y: 592 },
			{ x: 5000, y: 640 }
		];
		expect(growth(flat, 0.04)).toBeCloseTo(1);
		// A real rise over the upper half still shows when the lower half is flat.
		const steep = [...flat.slice(0, 3), { x: 5000, y: 592 + 0.1 * 2500 }];
		expect(growth(steep, 0.04)).toBeCloseTo(2.5);
	});

	it('is NaN with fewer than three points', () => {
		expect(growth(at((x) => x).slice(0, 2), floor)).toBeNaN();
	});
});
