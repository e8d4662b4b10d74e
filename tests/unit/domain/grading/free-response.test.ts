import { describe, expect, it } from 'vitest';
import { gradeFreeResponse } from '../../../../src/lib/kinds/free-response/grade';
import { fixture } from '../../fixtures/question-set';

const q = fixture('free-response', 'fx-free');
const grade = (text: string, ...checked: number[]) =>
	gradeFreeResponse(q, { kind: 'free-response', text, checked });

describe('free response (self-assessed)', () => {
	it('right: every checklist point ticked', () => {
		expect(grade('أعرب شويغو عن استعداد روسيا', 0, 1, 2)).toMatchObject({
			verdict: 'correct',
			score: 1
		});
	});
	it('partial: the share of points ticked, one part per point', () => {
		const g = grade('شويغو', 2);
		expect(g).toMatchObject({ verdict: 'partial', score: 1 / 3 });
		expect(g.parts).toEqual([
			{ id: '0', correct: false },
			{ id: '1', correct: false },
			{ id: '2', correct: true }
		]);
	});
	it('wrong: written, but nothing ticked', () => {
		expect(grade('لا أعرف')).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	it('empty: no text is unanswered whatever is ticked', () => {
		expect(grade('  \u200F', 0, 1).verdict).toBe('unanswered');
	});
	it('malformed: a point out of range, not whole, or ticked twice is invalid', () => {
		expect(grade('نص', 3).verdict).toBe('invalid');
		expect(grade('نص', -1).verdict).toBe('invalid');
		expect(grade('نص', 0.5).verdict).toBe('invalid');
		expect(grade('نص', 1, 1).verdict).toBe('invalid');
	});
});
