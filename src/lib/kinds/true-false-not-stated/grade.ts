/** True / false / not stated: one of three judgements on a statement. */
import { isTruthValue, type TrueFalseQuestion, type TrueFalseResponse } from './schema';
import { invalid, scored, unanswered } from '../../domain/grading/grade';
import type { Grade } from '../../domain/grading/types';

/** 1 for the right judgement, 0 otherwise; feedback is the teacher's for the judgement made. */
export function gradeTrueFalse(question: TrueFalseQuestion, response: TrueFalseResponse): Grade {
	const value = response.value;
	if (value === null) return unanswered();
	if (!isTruthValue(value)) return invalid();
	const feedback = question.feedback[value];
	const correct = value === question.answer;
	return scored(question, correct ? 1 : 0, [{ id: value, correct }], feedback ? [feedback] : []);
}
