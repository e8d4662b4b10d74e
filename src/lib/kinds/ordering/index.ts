/** Ordering, as one kind module. */
import { repeatedTexts } from '../rules';
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeOrdering } from './grade';
import { orderingSchema, type OrderingResponse } from './schema';

export const ordering: KindModule<ReturnType<typeof orderingSchema>, OrderingResponse> = {
	kind: 'ordering',
	interaction: 'sequencing',
	schema: orderingSchema,
	isResponse,
	empty,
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
