/**
 * The answer a player of this kind starts from, before the learner has done anything. Apart from the
 * kind module (index.ts) so that a question page shows its questions without the graders, and from
 * response.ts so that the progress page, which reads answers, goes without it (issue 12).
 */
import type { MultipleResponseResponse } from './schema';

export const empty = (): MultipleResponseResponse => ({ kind: 'multiple-response', options: [] });
