/** Multiple response: every correct option and none of the others. */
import type { Bilingual, QuestionOf } from '../../content/question-schema';
import { cachedIndex, hasDuplicates, invalid, scored, unanswered } from './grade';
import type { Grade, ResponseOf } from './types';

type Q = QuestionOf<'multiple-response'>;
type Option = Q['options'][number];
const options = new WeakMap<Q, Map<string, Option>>();
const correctCounts = new WeakMap<Q, number>();

/**
 * Score = (correct options picked - wrong options picked) / correct options, floored at 0, so
 * ticking everything earns nothing. Parts: one per option, right when picked iff correct.
 * Feedback: each picked option's, in the question's order.
 */
export function gradeMultipleResponse(
	question: Q,
	response: ResponseOf<'multiple-response'>
): Grade {
	if (!Array.isArray(response.options)) return invalid();
	if (response.options.length === 0) return unanswered();
	if (hasDuplicates(response.options)) return invalid();
	const index = cachedIndex(options, question, question.options, (o) => o.id);
	if (response.options.some((id) => !index.has(id))) return invalid();
	let correct = correctCounts.get(question);
	if (correct === undefined) {
		correct = question.options.filter((o) => o.correct).length;
		correctCounts.set(question, correct);
	}
	const picked = new Set(response.options);
	let right = 0;
	let wrong = 0;
	const feedback: Bilingual[] = [];
	const parts = question.options.map((o) => {
		const chosen = picked.has(o.id);
		if (chosen && o.correct) right++;
		if (chosen && !o.correct) wrong++;
		if (chosen && o.feedback) feedback.push(o.feedback);
		return { id: o.id, correct: chosen === o.correct };
	});
	return scored(question, Math.max(0, (right - wrong) / correct), parts, feedback);
}
