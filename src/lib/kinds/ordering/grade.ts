/** Ordering: items put back in their sequence. */
import type { OrderingQuestion, OrderingResponse } from './schema';
import { hasDuplicates, invalid, scored, unanswered } from '../../domain/grading/grade';
import type { Grade } from '../../domain/grading/types';

type Q = OrderingQuestion;
const positions = new WeakMap<Q, Map<string, number>>();

/** Indexes (into `seq`) of one longest strictly increasing subsequence, by patience sorting. */
export function longestIncreasing(seq: readonly number[]): number[] {
	const tails: number[] = [];
	const previous: number[] = [];
	for (let i = 0; i < seq.length; i++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
			else hi = mid;
		}
		previous[i] = lo > 0 ? tails[lo - 1]! : -1;
		tails[lo] = i;
	}
	const out: number[] = [];
	for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) out.push(i);
	return out.reverse();
}

/**
 * Measured by the longest run of items already in the right relative order (a longest increasing
 * subsequence), so moving one item costs one item, not every position it shifted:
 * score = (kept - 1) / (items - 1), 1 for the right order and 0 for its reverse. Parts: an item
 * is right when it is in that run. Invalid unless the order names every item exactly once.
 */
export function gradeOrdering(question: Q, response: OrderingResponse): Grade {
	const order = response.order;
	if (!Array.isArray(order)) return invalid();
	if (order.length === 0) return unanswered();
	let index = positions.get(question);
	if (!index) {
		index = new Map(question.items.map((item, i) => [item.id, i]));
		positions.set(question, index);
	}
	if (order.length !== question.items.length || hasDuplicates(order)) return invalid();
	const ranks: number[] = [];
	for (const id of order) {
		const rank = index.get(id);
		if (rank === undefined) return invalid();
		ranks.push(rank);
	}
	const kept = new Set(longestIncreasing(ranks).map((i) => order[i]!));
	const n = question.items.length;
	const parts = order.map((id) => ({ id, correct: kept.has(id) }));
	return scored(question, (kept.size - 1) / (n - 1), parts);
}
