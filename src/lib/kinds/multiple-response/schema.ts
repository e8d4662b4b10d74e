/** Multiple response: every correct option among three or more, partial credit per option. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const multipleResponseSchema = ({ v, common, option, unique }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('multiple-response'),
		options: v.pipe(
			v.array(option),
			v.minLength(3, 'give at least three options'),
			unique((o) => o.id, 'options'),
			v.check((o) => o.some((x) => x.correct), 'mark at least one option correct')
		)
	});

export type MultipleResponseQuestion = QuestionFrom<ReturnType<typeof multipleResponseSchema>>;
export type MultipleResponseResponse = { kind: 'multiple-response'; options: string[] };
