/**
 * A realistic grading workload for benchmarks: for every question of a set, the answers learners
 * actually send (right, wrong, nearly right, empty), built deterministically from the question.
 */
import type { Question } from '../../content/question-schema';
import type { Lesson } from '../../content/schema';
import { KINDS } from '../../kinds';
import { kindTable, type AnyKind, type AnyQuestion, type AnyResponse } from '../../kinds/kind';
import type { GradeContext } from './context';
import type { Response } from './types';

export interface GradingCase<Q = Question, R = Response> {
	question: Q;
	response: R;
	context: GradeContext;
}

/**
 * The workload for questions of any of `kinds`: each kind's bench answers (loaded with its
 * `tools()`, which the browser never fetches).
 */
export function buildWorkload(kinds: readonly AnyKind[]) {
	const table = kindTable(kinds);
	return async <Q extends AnyQuestion>(
		questions: readonly Q[],
		lesson: Lesson
	): Promise<GradingCase<Q, AnyResponse>[]> => {
		const context: GradeContext = { lesson };
		const perQuestion = await Promise.all(
			questions.map(async (question) => {
				const kind = table.get(question.kind);
				if (!kind) throw new Error(`no kind "${question.kind}" for question "${question.id}"`);
				const { bench } = await kind.tools();
				return bench
					.responses(question, lesson)
					.map((response) => ({ question, response, context }));
			})
		);
		return perQuestion.flat();
	};
}

/**
 * Every question of `questions` with each of its typical answers, in a fixed order: the same
 * input gives the same workload, so benchmark runs compare.
 */
export const gradingWorkload = buildWorkload(KINDS) as (
	questions: readonly Question[],
	lesson: Lesson
) => Promise<GradingCase[]>;
