/** True / false / not stated: one of three judgements on a statement. */
import type { TrueFalseQuestion, TrueFalseResponse } from './schema';
import { invalid, scored, unanswered } from '../../domain/grading/grade';
import type { Grade } from '../../domain/grading/types';

const VALUES = new Set<unknown>(['true', 'false', 'not-stated']);

/** 1 for the right judgement, 0 otherwise; feedback is the teacher's for the judgement made. */
export function gradeTrueFalse(question: TrueFalseQuestion, response: TrueFalseResponse): Grade {
	const value = response.value;
	if (value === null) return unanswered();
	if (!VALUES.has(value)) return invalid();
	const feedback = question.feedback[value];
	const correct = value === question.answer;
	return scored(question, correct ? 1 : 0, [{ id: value, correct }], feedback ? [feedback] : []);
}
