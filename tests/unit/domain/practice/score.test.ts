import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	percent,
	scoreBand,
	summarizeScore,
	type Outcome
} from '../../../../src/lib/domain/practice/score';

const answered = (points: number, max = 1): Outcome => ({ status: 'answered', points, max });

describe('scoreBand', () => {
	it('names the range of a share against the pass mark', () => {
		expect(scoreBand(1, 0.7)).toBe('excellent');
		expect(scoreBand(0.9, 0.7)).toBe('excellent');
		expect(scoreBand(0.89, 0.7)).toBe('passed');
		expect(scoreBand(0.7, 0.7)).toBe('passed');
		expect(scoreBand(0.69, 0.7)).toBe('below');
		expect(scoreBand(0, 0)).toBe('passed');
	});

	it('passes exactly at the pass mark despite floating point (7 of 10 at 70%)', () => {
		expect(scoreBand(7 / 10, 0.7)).toBe('passed');
		expect(scoreBand((0.1 + 0.2) / 0.3 - 0.3, 0.7)).toBe('passed');
	});

	it('is never excellent below a pass mark above 90%', () => {
		expect(scoreBand(0.92, 0.95)).toBe('below');
		expect(scoreBand(0.95, 0.95)).toBe('excellent');
	});
});

describe('summarizeScore', () => {
	it('sums points over the total; unanswered and revealed questions count 0', () => {
		const summary = summarizeScore(
			[
				answered(1),
				answered(0.5),
				answered(2, 2),
				{ status: 'unanswered', max: 1 },
				{ status: 'revealed', max: 1 }
			],
			0.7
		);
		expect(summary).toMatchObject({
			points: 3.5,
			total: 6,
			answered: 3,
			unanswered: 1,
			revealed: 1,
			passed: false,
			band: 'below'
		});
		expect(summary.share).toBeCloseTo(3.5 / 6);
	});

	it('keeps the share between 0 and 1 whatever the points say', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({ points: fc.double({ noNaN: true }), max: fc.integer({ min: 1, max: 5 }) })
				),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(rows, passMark) => {
					const s = summarizeScore(
						rows.map((r) => answered(r.points, r.max)),
						passMark
					);
					expect(s.share).toBeGreaterThanOrEqual(0);
					expect(s.share).toBeLessThanOrEqual(1);
					expect(s.passed).toBe(s.band !== 'below');
				}
			)
		);
	});

	it('scores an empty set 0 without dividing by zero', () => {
		expect(summarizeScore([], 0.7)).toMatchObject({ share: 0, total: 0, band: 'below' });
	});
});

describe('percent', () => {
	it('rounds down, so that 89.9% never shows as 90%', () => {
		expect(percent(0.899)).toBe(89);
		expect(percent(0.7)).toBe(70);
		expect(percent(7 / 10)).toBe(70);
		expect(percent(1)).toBe(100);
		expect(percent(29 / 42)).toBe(69);
	});
});
