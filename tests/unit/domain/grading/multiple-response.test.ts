import { describe, expect, it } from 'vitest';
import { gradeMultipleResponse } from '../../../../src/lib/domain/grading/multiple-response';
import { fixture } from '../../fixtures/question-set';

const q = fixture('multiple-response', 'fx-mr');
const grade = (...options: string[]) =>
	gradeMultipleResponse(q, { kind: 'multiple-response', options });

describe('multiple response', () => {
	it('right: every correct option and no other', () => {
		expect(grade('b', 'a')).toMatchObject({
			verdict: 'correct',
			score: 1,
			feedback: [{ en: 'Stability: yes.', ar: 'الاستقرار: نعم.' }]
		});
	});
	it('partial: right picks minus wrong picks over the correct options', () => {
		expect(grade('a')).toMatchObject({ verdict: 'partial', score: 0.5 });
		const g = grade('a', 'b', 'c');
		expect(g).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(g.feedback).toEqual([
			{ en: 'Stability: yes.', ar: 'الاستقرار: نعم.' },
			{ en: 'Trade is not mentioned.', ar: 'لا ذكر للتجارة.' }
		]);
		expect(g.parts).toEqual([
			{ id: 'a', correct: true },
			{ id: 'b', correct: true },
			{ id: 'c', correct: false },
			{ id: 'd', correct: true }
		]);
	});
	it('wrong: ticking everything, or one right and one wrong, earns nothing (floored at 0)', () => {
		expect(grade('a', 'b', 'c', 'd')).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(grade('a', 'c')).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(grade('c')).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	it('empty: unanswered', () => {
		expect(grade().verdict).toBe('unanswered');
	});
	it('malformed: unknown or repeated ids are invalid', () => {
		expect(grade('a', 'z').verdict).toBe('invalid');
		expect(grade('a', 'a').verdict).toBe('invalid');
	});
});
