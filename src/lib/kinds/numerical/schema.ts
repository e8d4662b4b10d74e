/** Numerical: a number, right within a tolerance, with an optional unit. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const numericalSchema = ({ v, common, text }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('numerical'),
		answer: v.number(),
		/** Accepted distance from `answer` (0 = exact). */
		tolerance: v.optional(v.pipe(v.number(), v.minValue(0)), 0),
		unit: v.optional(text)
	});

export type NumericalQuestion = QuestionFrom<ReturnType<typeof numericalSchema>>;
/** The text as typed: the grader reads Arabic-Indic and Persian digits and decimal signs. */
export type NumericalResponse = { kind: 'numerical'; text: string };
