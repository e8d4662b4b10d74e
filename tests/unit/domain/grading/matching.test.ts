import { describe, expect, it } from 'vitest';
import { gradeMatching } from '../../../../src/lib/kinds/matching/grade';
import { fixture } from '../../fixtures/question-set';

const q = fixture('matching', 'fx-match');
const grade = (matches: Record<string, string | null>) =>
	gradeMatching(q, { kind: 'matching', matches });
const right = Object.fromEntries(q.pairs.map((p) => [p.id, p.right]));

describe('matching', () => {
	it('right: every pair matched', () => {
		expect(grade(right)).toMatchObject({ verdict: 'correct', score: 1 });
	});
	it('partial: the share of pairs matched right, one part per pair', () => {
		const g = grade({ ...right, shoigu: 'رئيس الأركان الإيراني', bagheri: 'وزير الدفاع الروسي' });
		expect(g).toMatchObject({ verdict: 'partial', score: 1 / 3 });
		expect(g.parts).toEqual([
			{ id: 'shoigu', correct: false },
			{ id: 'bagheri', correct: false },
			{ id: 'novosti', correct: true }
		]);
		expect(grade({ shoigu: right.shoigu!, bagheri: null }).score).toBeCloseTo(1 / 3);
	});
	it('wrong: nothing matched right (a distractor is never right)', () => {
		expect(grade({ shoigu: 'وزير الخارجية', bagheri: 'وكالة أنباء' })).toMatchObject({
			verdict: 'incorrect',
			score: 0
		});
	});
	it('empty: unanswered', () => {
		expect(grade({}).verdict).toBe('unanswered');
		expect(grade({ shoigu: null, bagheri: '' }).verdict).toBe('unanswered');
	});
	it('malformed: an unknown pair id or a right-hand text not on offer is invalid', () => {
		expect(grade({ ...right, putin: 'وزير الخارجية' }).verdict).toBe('invalid');
		expect(grade({ ...right, shoigu: 'رئيس' }).verdict).toBe('invalid');
	});
});
