import { describe, expect, it } from 'vitest';
import {
	answerPlan,
	checkSteps,
	FREE_TEXT,
	plannedChecks,
	WRONG_WORD
} from '../../../bench/lib/answers';
import { questionSets } from '../../../src/lib/content/articles/shoigu-tehran-2023/questions';
import type { Question } from '../../../src/lib/content/question-schema';

const questions = questionSets.flatMap((set) => set.questions) as Question[];
const ofKind = <K extends Question['kind']>(kind: K) =>
	questions.find((q): q is Extract<Question, { kind: K }> => q.kind === kind)!;

describe('answerPlan', () => {
	it('types a short answer right on even attempts and a wrong word in its language on odd ones', async () => {
		const question = ofKind('short-answer');
		expect((await answerPlan(question, 0)).text).toBe(question.accepted[0]!.text);
		expect((await answerPlan(question, 1)).text).toBe(WRONG_WORD[question.answerLanguage]);
		const english = { ...question, answerLanguage: 'en' as const };
		expect((await answerPlan(english, 3)).text).toBe('Moscow');
	});

	it('types a number right on even attempts and outside the tolerance on odd ones', async () => {
		const question = { ...ofKind('numerical'), answer: 12, tolerance: 0.5 };
		expect((await answerPlan(question, 2)).text).toBe('12');
		expect((await answerPlan(question, 3)).text).toBe('14');
	});

	it('moves the choices on from one attempt to the next', async () => {
		const question = ofKind('single-choice');
		const plans = await Promise.all([0, 1, 2, 3].map((a) => answerPlan(question, a)));
		expect(plans.map((p) => p.radio)).toEqual([0, 1, 2, 0]);
		expect(plans.map((p) => p.checkboxes)).toEqual([1, 2, 1, 2]);
		expect(plans.map((p) => p.option)).toEqual([1, 2, 3, 1]);
		expect(plans.map((p) => p.moves)).toEqual([1, 2, 1, 2]);
		expect(plans.every((p) => p.textarea === FREE_TEXT && p.text === WRONG_WORD.ar)).toBe(true);
	});

	it('answers every question of the seed lesson with something', async () => {
		for (const question of questions) {
			const plan = await answerPlan(question, 0);
			expect(plan.text.length, question.id).toBeGreaterThan(0);
		}
	});
});

describe('checkSteps', () => {
	it('answers every question, tries every other again, checks every sixth empty first', () => {
		expect(checkSteps(0)).toEqual(['answer', 'retry']);
		expect(checkSteps(1)).toEqual(['answer']);
		expect(checkSteps(5)).toEqual(['empty', 'answer']);
		expect(checkSteps(11)).toEqual(['empty', 'answer']);
		expect(checkSteps(12)).toEqual(['answer', 'retry']);
	});

	it('gives the seed quiz of 42 questions 70 checks, at least the 50 a run needs', () => {
		expect(plannedChecks(42)).toBe(70);
		expect(plannedChecks(0)).toBe(0);
		expect(plannedChecks(6)).toBe(10);
	});
});
