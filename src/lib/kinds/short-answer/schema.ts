/** Short answer: a typed answer, compared with the accepted ones under a fold profile. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const shortAnswerSchema = ({
	v,
	common,
	text,
	bilingual,
	language,
	foldProfile
}: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('short-answer'),
		/** The language the learner answers in. */
		answerLanguage: language,
		profile: v.optional(foldProfile, 'standard'),
		accepted: v.pipe(
			v.array(
				v.object({
					text,
					/** Share of the points this answer earns (1 = full). Below 1 for nearly right answers. */
					credit: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 1),
					feedback: v.optional(bilingual)
				})
			),
			v.minLength(1, 'give at least one accepted answer')
		)
	});

export type ShortAnswerQuestion = QuestionFrom<ReturnType<typeof shortAnswerSchema>>;
export type ShortAnswerResponse = { kind: 'short-answer'; text: string };
