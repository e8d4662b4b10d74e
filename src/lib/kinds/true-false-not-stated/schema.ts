/** True / false / not stated: the prompt is a statement the learner judges against the article. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

/** The three judgements, in the order the player offers them. */
export const TRUTH_VALUES = ['true', 'false', 'not-stated'] as const;
export type TruthValue = (typeof TRUTH_VALUES)[number];

export const isTruthValue = (x: unknown): x is TruthValue => TRUTH_VALUES.includes(x as TruthValue);

export const trueFalseSchema = ({ v, common, bilingual }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('true-false-not-stated'),
		/** The prompt is the statement the learner judges against the article. */
		answer: v.picklist(TRUTH_VALUES),
		/** Feedback for each choice the learner can make. */
		feedback: v.optional(
			v.partial(v.object({ true: bilingual, false: bilingual, 'not-stated': bilingual })),
			{}
		)
	});

export type TrueFalseQuestion = QuestionFrom<ReturnType<typeof trueFalseSchema>>;
export type TrueFalseResponse = { kind: 'true-false-not-stated'; value: TruthValue | null };
