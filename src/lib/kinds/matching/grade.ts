/** Matching: each left-hand item paired with its right-hand text. */
import type { MatchingQuestion, MatchingResponse } from './schema';
import { invalid, scored, unanswered } from '../../domain/grading/grade';
import type { Grade } from '../../domain/grading/types';

type Q = MatchingQuestion;
interface Index {
	right: Map<string, string>;
	offered: Set<string>;
}
const indexes = new WeakMap<Q, Index>();

function indexOf(question: Q): Index {
	let index = indexes.get(question);
	if (!index) {
		index = {
			right: new Map(question.pairs.map((p) => [p.id, p.right])),
			offered: new Set([...question.pairs.map((p) => p.right), ...question.distractors])
		};
		indexes.set(question, index);
	}
	return index;
}

/**
 * Score = pairs matched right / pairs; a pair left unmatched counts as not right. Two pairs may
 * share a right-hand text: the text is what is compared. Invalid: an unknown pair id or a
 * right-hand text that is not on offer. Parts: one per pair.
 */
export function gradeMatching(question: Q, response: MatchingResponse): Grade {
	const matches = response.matches;
	if (typeof matches !== 'object' || matches === null) return invalid();
	const { right, offered } = indexOf(question);
	let answered = 0;
	for (const [id, text] of Object.entries(matches)) {
		if (!right.has(id)) return invalid();
		if (text === null || text === '') continue;
		if (!offered.has(text)) return invalid();
		answered++;
	}
	if (answered === 0) return unanswered();
	let good = 0;
	const parts = question.pairs.map((p) => {
		const correct = matches[p.id] === p.right;
		if (correct) good++;
		return { id: p.id, correct };
	});
	return scored(question, good / question.pairs.length, parts);
}
