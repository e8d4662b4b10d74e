/** Ordering: items to put back in their sequence. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const orderingSchema = ({ v, common, id, text, unique }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('ordering'),
		/** The items in their correct order; the player shuffles them. */
		items: v.pipe(
			v.array(v.object({ id, text })),
			v.minLength(3, 'give at least three items'),
			unique((i) => i.id, 'items')
		)
	});

export type OrderingQuestion = QuestionFrom<ReturnType<typeof orderingSchema>>;
/** Item ids in the learner's order. */
export type OrderingResponse = { kind: 'ordering'; order: string[] };
