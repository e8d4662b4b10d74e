/**
 * A card never reviewed, in our fields: ts-fsrs's empty card (`createEmptyCard`), written out so
 * that making cards (saved words, missed ones) does not load ts-fsrs, a single module of some 6 KB
 * gzip the review page fetches only once an answer is shown (issue 12). The scheduler test checks
 * it stays ts-fsrs's own.
 */
import type { FsrsFields } from './types';

/** The schedule of a card never reviewed, due at `now`. */
export function newSchedule(now: Date): FsrsFields {
	return {
		due: now.toISOString(),
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 'new',
		lastReview: null
	};
}
