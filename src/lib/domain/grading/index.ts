/**
 * Grading a question of any kind. Each kind's grader lives in its folder (src/lib/kinds/<kind>/);
 * this table is built from the kind list. Every grader is `(question, response, context?) =>
 * Grade`; only cloze needs the context (its gap words are the lesson's tokens) and evidence uses it
 * to reject unknown sentence ids. Part ids: option, pair, item and sentence ids; gap and checklist
 * indexes ("0", "1", ...).
 */
import type { Question, QuestionKind, QuestionOf } from '../../content/question-schema';
import { KINDS } from '../../kinds';
import { kindTable, type AnyKind, type AnyQuestion, type AnyResponse } from '../../kinds/kind';
import type { GradeContext } from './context';
import { invalid } from './grade';
import type { Grade, Response, ResponseOf } from './types';

export type { GradeContext } from './context';
export { clozeAnswers } from '../../kinds/cloze/grade';

export type Grader<K extends QuestionKind> = (
	question: QuestionOf<K>,
	response: ResponseOf<K>,
	context?: GradeContext
) => Grade;

/**
 * A grader for questions of any of `kinds`: a response of another kind than the question's, or a
 * question of a kind not in the list, is invalid.
 */
export function buildGrader(
	kinds: readonly AnyKind[]
): (question: AnyQuestion, response: AnyResponse, context?: GradeContext) => Grade {
	const table = kindTable(kinds);
	return (question, response, context) => {
		const kind = table.get(question.kind);
		if (!kind || question.kind !== response.kind) return invalid();
		return kind.grade(question, response, context);
	};
}

/** Grades a question of any of the app's kinds. */
export const gradeAny: (question: Question, response: Response, context?: GradeContext) => Grade =
	buildGrader(KINDS);

/** Each kind's grader, typed for its kind (tests grade one kind without going through `gradeAny`). */
export const graders = Object.fromEntries(KINDS.map((k) => [k.kind, k.grade])) as {
	[K in QuestionKind]: Grader<K>;
};
