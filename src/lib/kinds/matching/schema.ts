/** Matching: each left-hand item paired with one right-hand text. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const matchingSchema = ({ v, common, id, text, unique }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('matching'),
		/** Each left item matches exactly one right item. */
		pairs: v.pipe(
			v.array(v.object({ id, left: text, right: text })),
			v.minLength(2, 'give at least two pairs'),
			unique((p) => p.id, 'pairs')
		),
		/** Extra right-hand items that match nothing. */
		distractors: v.optional(v.array(text), [])
	});

export type MatchingQuestion = QuestionFrom<ReturnType<typeof matchingSchema>>;
/** Pair id -> the right-hand text the learner matched it with (null: not matched yet). */
export type MatchingResponse = { kind: 'matching'; matches: Record<string, string | null> };
