/** Single choice, as one kind module. */
import { blankOptions, carriedOptions, optionFeedbackTexts } from '../choice-options';
import { repeatedTexts } from '../rules';
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeSingleChoice } from './grade';
import { singleChoiceSchema, type SingleChoiceResponse } from './schema';

export const singleChoice: KindModule<
	ReturnType<typeof singleChoiceSchema>,
	SingleChoiceResponse
> = {
	kind: 'single-choice',
	interaction: 'choice',
	schema: singleChoiceSchema,
	isResponse,
	empty,
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
