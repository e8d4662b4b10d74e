/**
 * The spaced-repetition state of a card, in our own terms: plain data (ISO dates, state and rating
 * names) that storage keeps and a backup carries. ts-fsrs stays behind scheduler.ts.
 */

/** FSRS's card states, by name (ts-fsrs numbers them New 0, Learning 1, Review 2, Relearning 3). */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** The four answers to "how well did you recall it?", in button order (keys 1 to 4). */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type CardRating = (typeof RATINGS)[number];

// Type aliases, not interfaces, so records holding them fit the store's open record type.

/** The FSRS fields of a card; dates are ISO strings (the due date is indexed). */
export type FsrsFields = {
	due: string;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardState;
	/** ISO time of the last rating; null before the first. */
	lastReview: string | null;
};

/** One rating, with the card's state before it (as ts-fsrs's ReviewLog records it). */
export type ReviewLogEntry = {
	rating: CardRating;
	/** ISO time of the rating. */
	review: string;
	/** The card before the rating. */
	state: CardState;
	due: string;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	lastElapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
};
