/** Single choice, as one kind module. */
import { isNullable, isString } from '../../storage/guards';
import { blankOptions, carriedOptions, optionFeedbackTexts } from '../choice-options';
import { repeatedTexts } from '../rules';
import { responseGuard, type KindModule } from '../kind';
import { gradeSingleChoice } from './grade';
import { singleChoiceSchema, type SingleChoiceResponse } from './schema';

export const singleChoice: KindModule<
	ReturnType<typeof singleChoiceSchema>,
	SingleChoiceResponse
> = {
	kind: 'single-choice',
	interaction: 'choice',
	schema: singleChoiceSchema,
	isResponse: responseGuard<SingleChoiceResponse>('single-choice', {
		option: isNullable(isString)
	}),
	empty: () => ({ kind: 'single-choice', option: null }),
	grade: gradeSingleChoice,
	blank: () => ({ options: blankOptions(2) }),
	carry: (from) => carriedOptions(from, 2),
	rules: (q) =>
		repeatedTexts(
			'options',
			q.options.map((o) => o.text)
		),
	texts: (q) => optionFeedbackTexts(q.options),
	tools: () => import('./tools')
};
