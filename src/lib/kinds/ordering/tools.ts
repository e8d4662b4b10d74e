/** Ordering: the `fahm grade` answer parser and the bench answers. */
import { listedIds, type BenchAnswers, type CommandLineAnswer } from '../kind';
import type { OrderingQuestion, OrderingResponse } from './schema';

export const answer: CommandLineAnswer<OrderingQuestion, OrderingResponse> = {
	format: 'every item id, in order, separated by commas',
	parse: (_, answer) => ({ kind: 'ordering', order: listedIds(answer) }),
	choices: (q) => `; items: ${q.items.map((i) => i.id).join(', ')}`
};

export const bench: BenchAnswers<OrderingQuestion, OrderingResponse> = {
	responses(q) {
		const ids = q.items.map((i) => i.id);
		return [ids, [...ids.slice(1), ids[0]!], [...ids].reverse()].map((order) => ({
			kind: 'ordering',
			order
		}));
	}
};
