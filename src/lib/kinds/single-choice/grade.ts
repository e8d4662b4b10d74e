/** Single choice: the one correct option, or nothing. */
import type { SingleChoiceQuestion, SingleChoiceResponse } from './schema';
import { cachedIndex, invalid, scored, unanswered } from '../../domain/grading/grade';
import type { Grade } from '../../domain/grading/types';

type Q = SingleChoiceQuestion;
type Option = Q['options'][number];
const options = new WeakMap<Q, Map<string, Option>>();

/**
 * 1 for the correct option, 0 for any other. Parts: one per option, right when the learner's
 * choice about it was right (picked the correct one, left a wrong one).
 */
export function gradeSingleChoice(question: Q, response: SingleChoiceResponse): Grade {
	if (response.option === null || response.option === '') return unanswered();
	const picked = cachedIndex(options, question, question.options, (o) => o.id).get(response.option);
	if (!picked) return invalid();
	return scored(
		question,
		picked.correct ? 1 : 0,
		question.options.map((o) => ({ id: o.id, correct: (o === picked) === o.correct })),
		picked.feedback ? [picked.feedback] : []
	);
}
