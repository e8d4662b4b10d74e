import { describe, expect, it } from 'vitest';
import { gradeSingleChoice } from '../../../../src/lib/kinds/single-choice/grade';
import { fixture } from '../../fixtures/question-set';

const q = fixture('single-choice', 'fx-sc');
const grade = (option: string | null) => gradeSingleChoice(q, { kind: 'single-choice', option });

describe('single choice', () => {
	it('right: full points and the option feedback', () => {
		expect(grade('shoigu')).toMatchObject({
			verdict: 'correct',
			score: 1,
			points: 2,
			feedback: [{ en: 'Yes: Shoigu spoke.', ar: 'نعم: تكلّم شويغو.' }]
		});
	});
	it('wrong: no points, the wrong option feedback, parts show the pick and the missed answer', () => {
		const g = grade('bagheri');
		expect(g).toMatchObject({ verdict: 'incorrect', score: 0, points: 0 });
		expect(g.feedback).toEqual([{ en: 'No: Bagheri was his host.', ar: 'لا: كان باقري مضيفه.' }]);
		expect(g.parts).toEqual([
			{ id: 'shoigu', correct: false },
			{ id: 'bagheri', correct: false },
			{ id: 'raisi', correct: true }
		]);
		expect(grade('raisi').feedback).toEqual([]);
	});
	it('empty: unanswered, not wrong', () => {
		expect(grade(null).verdict).toBe('unanswered');
		expect(grade('').verdict).toBe('unanswered');
	});
	it('malformed: an unknown option id is invalid', () => {
		expect(grade('putin')).toMatchObject({ verdict: 'invalid', score: 0 });
	});
});
