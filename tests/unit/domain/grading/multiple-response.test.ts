import { describe, expect, it } from 'vitest';
import {
	gradeMultipleResponse,
	multipleResponseScore
} from '../../../../src/lib/kinds/multiple-response/grade';
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
	it('partial: right picks minus wrong picks, each as a share of its kind of option', () => {
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

	// The seed's multiple-response questions have 3 correct options and 2 wrong ones.
	const seedLike = {
		...q,
		id: 'fx-mr-3-2',
		options: [
			{ id: 'r1', text: 'أ', correct: true, feedback: { en: 'Yes: p1.', ar: 'نعم: الفقرة 1.' } },
			{ id: 'r2', text: 'ب', correct: true, feedback: { en: 'Yes: p2.', ar: 'نعم: الفقرة 2.' } },
			{ id: 'r3', text: 'ج', correct: true },
			{
				id: 'w1',
				text: 'د',
				correct: false,
				feedback: { en: 'Ashtiani said this (p7).', ar: 'قال ذلك اشتياني (الفقرة 7).' }
			},
			{ id: 'w2', text: 'ه', correct: false }
		]
	};
	const seedGrade = (...options: string[]) =>
		gradeMultipleResponse(seedLike, { kind: 'multiple-response', options });

	it('Moodle partial credit: +1/3 per right pick, -1/2 per wrong pick, floored at 0', () => {
		expect(multipleResponseScore(3, 0, 3, 2)).toBe(1);
		expect(multipleResponseScore(2, 0, 3, 2)).toBeCloseTo(2 / 3, 10);
		expect(multipleResponseScore(3, 1, 3, 2)).toBe(0.5);
		expect(multipleResponseScore(2, 1, 3, 2)).toBeCloseTo(1 / 6, 10);
		expect(multipleResponseScore(1, 1, 3, 2)).toBe(0);
		// No wrong options at all: nothing to lose.
		expect(multipleResponseScore(2, 0, 4, 0)).toBe(0.5);
		expect(seedGrade('r1', 'r2', 'r3', 'w1')).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(seedGrade('r1', 'r2', 'w1').score).toBeCloseTo(1 / 6, 10);
	});

	it('ticking every option earns nothing even when most options are correct', () => {
		// (right - wrong) / correct would have given (3 - 2) / 3 here.
		expect(seedGrade('r1', 'r2', 'r3', 'w1', 'w2')).toMatchObject({
			verdict: 'incorrect',
			score: 0,
			points: 0
		});
	});

	it('never says "Yes" beside a score of 0: only the wrong picks explain it', () => {
		const g = seedGrade('r1', 'w1');
		expect(g).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(g.feedback).toEqual([
			{ en: 'Ashtiani said this (p7).', ar: 'قال ذلك اشتياني (الفقرة 7).' }
		]);
		// With credit earned, every pick's feedback is shown, in the options' order.
		expect(seedGrade('r1', 'r2', 'w1').feedback).toEqual([
			{ en: 'Yes: p1.', ar: 'نعم: الفقرة 1.' },
			{ en: 'Yes: p2.', ar: 'نعم: الفقرة 2.' },
			{ en: 'Ashtiani said this (p7).', ar: 'قال ذلك اشتياني (الفقرة 7).' }
		]);
	});
});
