/**
 * The graders, one per question kind, in one record, and `gradeAny` for a question of any kind.
 * Every grader is `(question, response, context?) => Grade`; only cloze needs the context (its gap
 * words are the lesson's tokens) and evidence uses it to reject unknown sentence ids.
 * Part ids: option, pair, item and sentence ids; gap and checklist indexes ("0", "1", ...).
 */
import type { Question, QuestionKind, QuestionOf } from '../../content/question-schema';
import { gradeCloze } from './cloze';
import type { GradeContext } from './context';
import { gradeEvidence } from './evidence';
import { gradeFreeResponse } from './free-response';
import { invalid } from './grade';
import { gradeMatching } from './matching';
import { gradeMultipleResponse } from './multiple-response';
import { gradeNumerical } from './numerical';
import { gradeOrdering } from './ordering';
import { gradeShortAnswer } from './short-answer';
import { gradeSingleChoice } from './single-choice';
import { gradeTrueFalse } from './true-false';
import type { Grade, Response, ResponseOf } from './types';

export type { GradeContext } from './context';
export { clozeAnswers } from './cloze';

export type Grader<K extends QuestionKind> = (
	question: QuestionOf<K>,
	response: ResponseOf<K>,
	context?: GradeContext
) => Grade;

export const graders: { [K in QuestionKind]: Grader<K> } = {
	'single-choice': gradeSingleChoice,
	'multiple-response': gradeMultipleResponse,
	'true-false-not-stated': gradeTrueFalse,
	'short-answer': gradeShortAnswer,
	numerical: gradeNumerical,
	matching: gradeMatching,
	ordering: gradeOrdering,
	cloze: gradeCloze,
	evidence: gradeEvidence,
	'free-response': gradeFreeResponse
};

/** Grades any question; a response of another kind than the question's is invalid. */
export function gradeAny(question: Question, response: Response, context?: GradeContext): Grade {
	if (question.kind !== response.kind) return invalid();
	const grader = graders[question.kind] as (q: Question, r: Response, c?: GradeContext) => Grade;
	return grader(question, response, context);
}
