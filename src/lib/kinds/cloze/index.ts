/** Cloze, as one kind module. */
import { clozeRules } from './rules';
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeCloze } from './grade';
import { clozeSchema, type ClozeResponse } from './schema';

export const cloze: KindModule<ReturnType<typeof clozeSchema>, ClozeResponse> = {
	kind: 'cloze',
	interaction: 'fill-in',
	schema: clozeSchema,
	isResponse,
	empty,
	grade: gradeCloze,
	blank: () => ({ sentence: '', gaps: [], mode: 'bank', distractors: [], profile: 'standard' }),
	rules: clozeRules,
	tools: () => import('./tools')
};
