/** Multiple response, as one kind module. */
import { isArrayOf, isString } from '../../storage/guards';
import { blankOptions, carriedOptions, optionFeedbackTexts } from '../choice-options';
import { repeatedTexts } from '../rules';
import { responseGuard, type KindModule } from '../kind';
import { gradeMultipleResponse } from './grade';
import { multipleResponseSchema, type MultipleResponseResponse } from './schema';

export const multipleResponse: KindModule<
	ReturnType<typeof multipleResponseSchema>,
	MultipleResponseResponse
> = {
	kind: 'multiple-response',
	interaction: 'choice',
	schema: multipleResponseSchema,
	isResponse: responseGuard<MultipleResponseResponse>('multiple-response', {
		options: isArrayOf(isString)
	}),
	empty: () => ({ kind: 'multiple-response', options: [] }),
	grade: gradeMultipleResponse,
	/** Three options, the fewest a multiple response question may have. */
	blank: () => ({ options: blankOptions(3) }),
	carry: (from) => carriedOptions(from, 3),
	rules: (q) =>
		repeatedTexts(
			'options',
			q.options.map((o) => o.text)
		),
	texts: (q) => optionFeedbackTexts(q.options),
	tools: () => import('./tools')
};
