/** Ordering, as one kind module. */
import { shuffle } from '../../domain/exercises/random';
import { repeatedTexts } from '../rules';
import type { KindModule } from '../kind';
import { isResponse } from './response';
import { gradeOrdering } from './grade';
import { orderingSchema, type OrderingResponse } from './schema';

/** `items` shuffled with `random`; if that lands on the original order, rotated by one. */
function dealt<T>(items: readonly T[], random: () => number): T[] {
	const out = shuffle(items, random);
	if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
	return out;
}

export const ordering: KindModule<ReturnType<typeof orderingSchema>, OrderingResponse> = {
	kind: 'ordering',
	interaction: 'sequencing',
	schema: orderingSchema,
	isResponse,
	/** Dealt shuffled, never in the right order. */
	empty: (q, random) => ({
		kind: 'ordering',
		order: dealt(
			q.items.map((i) => i.id),
			random
		)
	}),
	grade: gradeOrdering,
	blank: () => ({
		items: [
			{ id: 'i1', text: '' },
			{ id: 'i2', text: '' },
			{ id: 'i3', text: '' }
		]
	}),
	rules: (q) =>
		repeatedTexts(
			'items',
			q.items.map((item) => item.text)
		),
	tools: () => import('./tools')
};
