/**
 * The answer a player of this kind starts from, before the learner has done anything. Apart from the
 * kind module (index.ts) so that a question page shows its questions without the graders, and from
 * response.ts so that the progress page, which reads answers, goes without it (issue 12).
 */
import type { ClozeQuestion, ClozeResponse } from './schema';

export const empty = (q: ClozeQuestion): ClozeResponse => ({
	kind: 'cloze',
	gaps: q.gaps.map(() => null)
});
