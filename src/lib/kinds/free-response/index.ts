/** Free response, as one kind module. */
import type { Bilingual } from '../../content/question-parts';
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeFreeResponse } from './grade';
import { freeResponseSchema, type FreeResponseResponse } from './schema';

export const freeResponse: KindModule<
	ReturnType<typeof freeResponseSchema>,
	FreeResponseResponse
> = {
	kind: 'free-response',
	interaction: 'long-fill-in',
	schema: freeResponseSchema,
	isResponse,
	empty,
	grade: gradeFreeResponse,
	blank: () => ({ sampleAnswer: '', checklist: [{ en: '', ar: '' }] }),
	texts: (q) => q.checklist.map((c, i): [string, Bilingual] => [`checklist[${i}]`, c]),
	tools: () => import('./tools')
};
