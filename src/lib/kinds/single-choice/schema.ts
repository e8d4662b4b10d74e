/** Single choice: one correct option among two or more. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const singleChoiceSchema = ({ v, common, option, unique }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('single-choice'),
		options: v.pipe(
			v.array(option),
			v.minLength(2, 'give at least two options'),
			unique((o) => o.id, 'options'),
			v.check((o) => o.filter((x) => x.correct).length === 1, 'mark exactly one option correct')
		)
	});

export type SingleChoiceQuestion = QuestionFrom<ReturnType<typeof singleChoiceSchema>>;
export type SingleChoiceResponse = { kind: 'single-choice'; option: string | null };
