import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../../src/lib/content/index';
import { gradeEvidence } from '../../../../src/lib/kinds/evidence/grade';
import { fixture } from '../../fixtures/question-set';

const lesson = (await loadLesson('shoigu-tehran-2023'))!;
const q = fixture('evidence', 'fx-ev');
const grade = (...sentences: string[]) =>
	gradeEvidence(q, { kind: 'evidence', sentences }, { lesson });

describe('evidence', () => {
	it('right: exactly the evidence sentences, in any order', () => {
		expect(grade('p2.s1', 'p1.s1')).toMatchObject({ verdict: 'correct', score: 1 });
	});
	it('partial: F1 of precision and recall; parts for each pick and each missed sentence', () => {
		const missed = grade('p1.s1');
		expect(missed).toMatchObject({ verdict: 'partial', score: 2 / 3 });
		expect(missed.parts).toEqual([
			{ id: 'p1.s1', correct: true },
			{ id: 'p2.s1', correct: false }
		]);
		const extra = grade('p1.s1', 'p2.s1', 'p3.s1');
		expect(extra.score).toBeCloseTo(0.8);
		expect(extra.parts).toContainEqual({ id: 'p3.s1', correct: false });
		expect(grade('p1.s1', 'p3.s1').score).toBeCloseTo(0.5);
	});
	it('wrong: no evidence sentence picked', () => {
		expect(grade('p3.s1', 'p4.s1')).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	it('empty: unanswered', () => {
		expect(grade().verdict).toBe('unanswered');
	});
	it('malformed: a sentence twice, or one the article does not have, is invalid', () => {
		expect(grade('p1.s1', 'p1.s1').verdict).toBe('invalid');
		expect(grade('p1.s1', 'p99.s1').verdict).toBe('invalid');
		expect(gradeEvidence(q, { kind: 'evidence', sentences: ['p99.s1'] }).verdict).toBe('incorrect');
	});
});
