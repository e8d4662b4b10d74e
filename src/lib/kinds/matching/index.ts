/** Matching, as one kind module. */
import { isStringMap } from '../../storage/guards';
import { responseGuard, type KindModule } from '../kind';
import { gradeMatching } from './grade';
import { matchingSchema, type MatchingResponse } from './schema';

export const matching: KindModule<ReturnType<typeof matchingSchema>, MatchingResponse> = {
	kind: 'matching',
	interaction: 'matching',
	schema: matchingSchema,
	isResponse: responseGuard<MatchingResponse>('matching', { matches: isStringMap }),
	empty: (q) => ({
		kind: 'matching',
		matches: Object.fromEntries(q.pairs.map((p) => [p.id, null]))
	}),
	grade: gradeMatching,
	blank: () => ({
		pairs: [
			{ id: 'p1', left: '', right: '' },
			{ id: 'p2', left: '', right: '' }
		],
		distractors: []
	}),
	tools: () => import('./tools')
};
