/** Free response: the learner writes, then checks their answer against the teacher's points. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const freeResponseSchema = ({ v, common, text, bilingual }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('free-response'),
		sampleAnswer: text,
		/** Points the learner checks their own answer against. */
		checklist: v.pipe(v.array(bilingual), v.minLength(1, 'give at least one checklist point'))
	});

export type FreeResponseQuestion = QuestionFrom<ReturnType<typeof freeResponseSchema>>;
/** The learner's text and the checklist points (by index) they tick as covered. */
export type FreeResponseResponse = { kind: 'free-response'; text: string; checked: number[] };
