/** Multiple response, as one kind module. */
import { isArrayOf, isString } from '../../storage/guards';
import { listedIds, responseGuard, type KindModule } from '../kind';
import { gradeMultipleResponse } from './grade';
import { multipleResponseSchema, type MultipleResponseResponse } from './schema';

export const multipleResponse: KindModule<
	ReturnType<typeof multipleResponseSchema>,
	MultipleResponseResponse
> = {
	kind: 'multiple-response',
	schema: multipleResponseSchema,
	isResponse: responseGuard<MultipleResponseResponse>('multiple-response', {
		options: isArrayOf(isString)
	}),
	empty: () => ({ kind: 'multiple-response', options: [] }),
	grade: gradeMultipleResponse,
	answer: {
		format: 'option ids separated by commas',
		parse: (_, answer) => ({ kind: 'multiple-response', options: listedIds(answer) }),
		choices: (q) => `; options: ${q.options.map((o) => o.id).join(', ')}`
	},
	bench: {
		responses(q) {
			const right = q.options.filter((o) => o.correct).map((o) => o.id);
			const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
			return [right, [right[0]!, ...wrong.slice(0, 1)], []].map((options) => ({
				kind: 'multiple-response',
				options
			}));
		}
	}
};
