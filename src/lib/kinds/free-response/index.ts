/** Free response, as one kind module. */
import type { Bilingual } from '../../content/question-parts';
import { isArrayOf, isIndex, isString } from '../../storage/guards';
import { responseGuard, type KindModule } from '../kind';
import { gradeFreeResponse } from './grade';
import { freeResponseSchema, type FreeResponseResponse } from './schema';

export const freeResponse: KindModule<
	ReturnType<typeof freeResponseSchema>,
	FreeResponseResponse
> = {
	kind: 'free-response',
	interaction: 'long-fill-in',
	schema: freeResponseSchema,
	isResponse: responseGuard<FreeResponseResponse>('free-response', {
		text: isString,
		checked: isArrayOf(isIndex)
	}),
	empty: () => ({ kind: 'free-response', text: '', checked: [] }),
	grade: gradeFreeResponse,
	blank: () => ({ sampleAnswer: '', checklist: [{ en: '', ar: '' }] }),
	texts: (q) => q.checklist.map((c, i): [string, Bilingual] => [`checklist[${i}]`, c]),
	tools: () => import('./tools')
};
