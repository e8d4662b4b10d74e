/** Free response: the learner writes, then ticks the checklist points their answer covers. */
import type { FreeResponseQuestion, FreeResponseResponse } from './schema';
import { normalize } from '../../domain/arabic/normalize';
import { hasDuplicates, invalid, scored, unanswered } from '../../domain/grading/grade';
import type { Grade } from '../../domain/grading/types';

/**
 * Self-assessed: score = points ticked / checklist points. An empty text is unanswered whatever is
 * ticked. Parts: one per checklist point, id = its index. Invalid: an index out of range or twice.
 */
export function gradeFreeResponse(
	question: FreeResponseQuestion,
	response: FreeResponseResponse
): Grade {
	if (typeof response.text !== 'string' || !Array.isArray(response.checked)) return invalid();
	if (normalize(response.text, 'strict') === '') return unanswered();
	const n = question.checklist.length;
	const checked = response.checked;
	if (hasDuplicates(checked) || checked.some((i) => !Number.isInteger(i) || i < 0 || i >= n))
		return invalid();
	const ticked = new Set(checked);
	const parts = question.checklist.map((_, i) => ({ id: String(i), correct: ticked.has(i) }));
	return scored(question, ticked.size / n, parts);
}
