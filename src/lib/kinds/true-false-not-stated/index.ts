/** True / false / not stated, as one kind module. */
import type { Bilingual } from '../../content/question-parts';
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeTrueFalse } from './grade';
import { trueFalseSchema, type TrueFalseResponse } from './schema';

export const trueFalseNotStated: KindModule<
	ReturnType<typeof trueFalseSchema>,
	TrueFalseResponse
> = {
	kind: 'true-false-not-stated',
	interaction: 'choice',
	schema: trueFalseSchema,
	isResponse,
	empty,
	grade: gradeTrueFalse,
	blank: () => ({ answer: 'true', feedback: {} }),
	texts: (q) =>
		Object.entries(q.feedback).flatMap(([value, text]): [string, Bilingual][] =>
			text ? [[`feedback.${value}`, text]] : []
		),
	tools: () => import('./tools')
};
