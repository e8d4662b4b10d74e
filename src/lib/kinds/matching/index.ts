/** Matching, as one kind module. */
import { distractorsAnswering, repeatedTexts } from '../rules';
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeMatching } from './grade';
import { matchingSchema, type MatchingResponse } from './schema';

export const matching: KindModule<ReturnType<typeof matchingSchema>, MatchingResponse> = {
	kind: 'matching',
	interaction: 'matching',
	schema: matchingSchema,
	isResponse,
	empty,
	grade: gradeMatching,
	blank: () => ({
		pairs: [
			{ id: 'p1', left: '', right: '' },
			{ id: 'p2', left: '', right: '' }
		],
		distractors: []
	}),
	rules: (q) => {
		const rights = q.pairs.map((p) => p.right);
		return [
			...repeatedTexts('pairs', rights, '.right'),
			...repeatedTexts(
				'pairs',
				q.pairs.map((p) => p.left),
				'.left'
			),
			...distractorsAnswering(q.distractors, rights, 'pair'),
			...repeatedTexts('distractors', q.distractors, '')
		];
	},
	tools: () => import('./tools')
};
