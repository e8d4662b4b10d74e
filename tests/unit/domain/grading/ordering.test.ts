import { describe, expect, it } from 'vitest';
import { gradeOrdering, longestIncreasing } from '../../../../src/lib/kinds/ordering/grade';
import { fixture } from '../../fixtures/question-set';

const q = fixture('ordering', 'fx-order');
const grade = (...order: string[]) => gradeOrdering(q, { kind: 'ordering', order });

describe('ordering', () => {
	it('right: the items in sequence', () => {
		expect(grade('a', 'b', 'c', 'd')).toMatchObject({ verdict: 'correct', score: 1 });
	});
	it('partial: one item moved costs one item, not every position it shifted', () => {
		const g = grade('b', 'c', 'd', 'a');
		expect(g).toMatchObject({ verdict: 'partial', score: 2 / 3 });
		expect(g.parts).toEqual([
			{ id: 'b', correct: true },
			{ id: 'c', correct: true },
			{ id: 'd', correct: true },
			{ id: 'a', correct: false }
		]);
		expect(grade('b', 'a', 'd', 'c').score).toBeCloseTo(1 / 3);
	});
	it('wrong: the reverse order scores 0', () => {
		expect(grade('d', 'c', 'b', 'a')).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	it('empty: unanswered', () => {
		expect(grade().verdict).toBe('unanswered');
	});
	it('malformed: missing, repeated or unknown items are invalid', () => {
		expect(grade('a', 'b', 'c').verdict).toBe('invalid');
		expect(grade('a', 'b', 'c', 'c').verdict).toBe('invalid');
		expect(grade('a', 'b', 'c', 'z').verdict).toBe('invalid');
	});
});

describe('longestIncreasing', () => {
	it('finds one longest increasing run', () => {
		expect(longestIncreasing([3, 0, 1, 2])).toEqual([1, 2, 3]);
		expect(longestIncreasing([2, 1, 0])).toHaveLength(1);
		expect(longestIncreasing([])).toEqual([]);
	});
});
