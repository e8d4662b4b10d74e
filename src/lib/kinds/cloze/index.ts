/** Cloze, as one kind module. */
import { isArrayOf, isNullable, isString } from '../../storage/guards';
import { clozeRules } from './rules';
import { responseGuard, type KindModule } from '../kind';
import { gradeCloze } from './grade';
import { clozeSchema, type ClozeResponse } from './schema';

export const cloze: KindModule<ReturnType<typeof clozeSchema>, ClozeResponse> = {
	kind: 'cloze',
	interaction: 'fill-in',
	schema: clozeSchema,
	isResponse: responseGuard<ClozeResponse>('cloze', { gaps: isArrayOf(isNullable(isString)) }),
	empty: (q) => ({ kind: 'cloze', gaps: q.gaps.map(() => null) }),
	grade: gradeCloze,
	blank: () => ({ sentence: '', gaps: [], mode: 'bank', distractors: [], profile: 'standard' }),
	rules: clozeRules,
	tools: () => import('./tools')
};
