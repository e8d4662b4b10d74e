/**
 * The answer a player of this kind starts from, before the learner has done anything. Apart from the
 * kind module (index.ts) so that a question page shows its questions without the graders, and from
 * response.ts so that the progress page, which reads answers, goes without it (issue 12).
 */
import { shuffle, type Random } from '../../domain/exercises/random';
import type { OrderingQuestion, OrderingResponse } from './schema';

/** `items` shuffled with `random`; if that lands on the original order, rotated by one. */
function dealt<T>(items: readonly T[], random: Random): T[] {
	const out = shuffle(items, random);
	if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
	return out;
}

/** The answer a player starts from: the items dealt shuffled, never in the right order. */
export const empty = (q: OrderingQuestion, random: Random): OrderingResponse => ({
	kind: 'ordering',
	order: dealt(
		q.items.map((i) => i.id),
		random
	)
});
