import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../../src/lib/content/index';
import type { QuestionKind } from '../../../../src/lib/content/question-schema';
import { gradeAny, graders } from '../../../../src/lib/domain/grading/index';
import { gradingWorkload } from '../../../../src/lib/domain/grading/workload';
import { fixtureSet } from '../../fixtures/question-set';

const lesson = (await loadLesson('shoigu-tehran-2023'))!;
const kinds: QuestionKind[] = [
	'single-choice',
	'multiple-response',
	'true-false-not-stated',
	'short-answer',
	'numerical',
	'matching',
	'ordering',
	'cloze',
	'evidence',
	'free-response'
];

describe('graders', () => {
	it('has one grader per question kind', () => {
		expect(Object.keys(graders).sort()).toEqual([...kinds].sort());
	});
	it('gradeAny dispatches on the kind, and a response of another kind is invalid', () => {
		const sc = fixtureSet.questions.find((q) => q.kind === 'single-choice')!;
		expect(gradeAny(sc, { kind: 'single-choice', option: 'shoigu' }).verdict).toBe('correct');
		expect(gradeAny(sc, { kind: 'short-answer', text: 'shoigu' })).toMatchObject({
			verdict: 'invalid',
			score: 0,
			points: 0
		});
	});
});

describe('gradingWorkload', async () => {
	const work = await gradingWorkload(fixtureSet.questions, lesson);
	it('covers every kind with right, wrong or partial, and empty answers', () => {
		expect(new Set(work.map((c) => c.question.kind))).toEqual(new Set(kinds));
		const verdicts = work.map((c) => gradeAny(c.question, c.response, c.context).verdict);
		expect(new Set(verdicts)).toEqual(new Set(['correct', 'partial', 'incorrect', 'unanswered']));
	});
	it('is the same on every call', async () => {
		expect(await gradingWorkload(fixtureSet.questions, lesson)).toEqual(work);
	});
	it('every grade is in range and its points follow from its score', () => {
		for (const { question, response, context } of work) {
			const g = gradeAny(question, response, context);
			expect(g.score).toBeGreaterThanOrEqual(0);
			expect(g.score).toBeLessThanOrEqual(1);
			expect(g.points).toBeCloseTo(g.score * question.points);
		}
	});
});
