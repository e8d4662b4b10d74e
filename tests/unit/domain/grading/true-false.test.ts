import { describe, expect, it } from 'vitest';
import type { TruthValue } from '../../../../src/lib/content/question-schema';
import { gradeTrueFalse } from '../../../../src/lib/kinds/true-false-not-stated/grade';
import { fixture } from '../../fixtures/question-set';

const q = fixture('true-false-not-stated', 'fx-tf');
const grade = (value: TruthValue | null) =>
	gradeTrueFalse(q, { kind: 'true-false-not-stated', value });

describe('true / false / not stated', () => {
	it('right: full points and the feedback for that judgement', () => {
		expect(grade('true')).toMatchObject({
			verdict: 'correct',
			score: 1,
			feedback: [{ en: 'Right.', ar: 'صحيح.' }],
			parts: [{ id: 'true', correct: true }]
		});
	});
	it('wrong: no points, the feedback for the judgement made (none when the teacher gave none)', () => {
		expect(grade('not-stated')).toMatchObject({
			verdict: 'incorrect',
			score: 0,
			feedback: [{ en: 'It is stated in paragraph 1.', ar: 'بل هو مذكور في الفقرة 1.' }]
		});
		expect(grade('false').feedback).toEqual([]);
	});
	it('partial does not apply: a judgement is right or wrong', () => {
		for (const value of ['true', 'false', 'not-stated'] as const)
			expect(grade(value).verdict).not.toBe('partial');
	});
	it('empty: unanswered', () => {
		expect(grade(null).verdict).toBe('unanswered');
	});
	it('malformed: a value outside the three is invalid', () => {
		expect(grade('maybe' as TruthValue).verdict).toBe('invalid');
	});
});
