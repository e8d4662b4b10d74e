/** Multiple response: every correct option and none of the others. */
import type { Bilingual } from '../../content/question-parts';
import type { MultipleResponseQuestion, MultipleResponseResponse } from './schema';
import {
	cachedIndex,
	hasDuplicates,
	invalid,
	scored,
	unanswered
} from '../../domain/grading/grade';
import type { Grade } from '../../domain/grading/types';

type Q = MultipleResponseQuestion;
type Option = Q['options'][number];
const options = new WeakMap<Q, Map<string, Option>>();
const counts = new WeakMap<Q, { right: number; wrong: number }>();

/**
 * Moodle's partial credit for "multiple answers": each correct option picked earns
 * 1 / (correct options), each wrong option picked costs 1 / (wrong options), floored at 0. So
 * ticking every option earns nothing, however many are correct, and one wrong pick costs as much
 * as a whole set's share of the wrong options. Parts: one per option, right when picked iff
 * correct. Feedback: each picked option's, in the question's order; at a score of 0 only the
 * wrong picks' (a "Yes" beside nothing earned would say the opposite of the score).
 */
export function gradeMultipleResponse(question: Q, response: MultipleResponseResponse): Grade {
	if (!Array.isArray(response.options)) return invalid();
	if (response.options.length === 0) return unanswered();
	if (hasDuplicates(response.options)) return invalid();
	const index = cachedIndex(options, question, question.options, (o) => o.id);
	if (response.options.some((id) => !index.has(id))) return invalid();
	let count = counts.get(question);
	if (count === undefined) {
		const right = question.options.filter((o) => o.correct).length;
		count = { right, wrong: question.options.length - right };
		counts.set(question, count);
	}
	const picked = new Set(response.options);
	let right = 0;
	let wrong = 0;
	const parts = question.options.map((o) => {
		const chosen = picked.has(o.id);
		if (chosen && o.correct) right++;
		if (chosen && !o.correct) wrong++;
		return { id: o.id, correct: chosen === o.correct };
	});
	const score = multipleResponseScore(right, wrong, count.right, count.wrong);
	const feedback = question.options.flatMap((o): Bilingual[] =>
		picked.has(o.id) && o.feedback && (score > 0 || !o.correct) ? [o.feedback] : []
	);
	return scored(question, score, parts, feedback);
}

/**
 * The score of `right` correct and `wrong` wrong picks among `correct` correct and `wrongs` wrong
 * options: right / correct - wrong / wrongs, floored at 0 (no wrong options: no penalty).
 */
export function multipleResponseScore(
	right: number,
	wrong: number,
	correct: number,
	wrongs: number
): number {
	const earned = correct > 0 ? right / correct : 0;
	const lost = wrongs > 0 ? wrong / wrongs : 0;
	return Math.max(0, earned - lost);
}
