/** Multiple response, as one kind module. */
import { blankOptions, carriedOptions, optionFeedbackTexts } from '../choice-options';
import { repeatedTexts } from '../rules';
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeMultipleResponse } from './grade';
import { multipleResponseSchema, type MultipleResponseResponse } from './schema';

export const multipleResponse: KindModule<
	ReturnType<typeof multipleResponseSchema>,
	MultipleResponseResponse
> = {
	kind: 'multiple-response',
	interaction: 'choice',
	schema: multipleResponseSchema,
	isResponse,
	empty,
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
