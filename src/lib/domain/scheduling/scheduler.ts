/**
 * Our small interface to ts-fsrs: the next interval of each rating, and a rating's result, with the
 * clock always passed in. Everything else in the app sees only types.ts. New cards are in
 * new-card.ts: the review page loads this module only once a card's answer is shown (issue 12).
 */
import { fsrs, Rating, State, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import { CARD_STATES, type CardRating, type FsrsFields, type ReviewLogEntry } from './types';

export { newSchedule } from './new-card';

const GRADES: Record<CardRating, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};
const STATE_OF: Record<State, FsrsFields['state']> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

/** A ts-fsrs card as our stored fields. */
export function toFields(card: Card): FsrsFields {
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATE_OF[card.state],
		lastReview: card.last_review ? card.last_review.toISOString() : null
	};
}

function toCard(fields: FsrsFields): Card {
	return {
		due: new Date(fields.due),
		stability: fields.stability,
		difficulty: fields.difficulty,
		elapsed_days: fields.elapsedDays,
		scheduled_days: fields.scheduledDays,
		learning_steps: fields.learningSteps,
		reps: fields.reps,
		lapses: fields.lapses,
		state: CARD_STATES.indexOf(fields.state) as State,
		last_review: fields.lastReview === null ? undefined : new Date(fields.lastReview)
	};
}

function toLogEntry(log: ReviewLog, rating: CardRating): ReviewLogEntry {
	return {
		rating,
		review: log.review.toISOString(),
		state: STATE_OF[log.state],
		due: log.due.toISOString(),
		stability: log.stability,
		difficulty: log.difficulty,
		elapsedDays: log.elapsed_days,
		lastElapsedDays: log.last_elapsed_days,
		scheduledDays: log.scheduled_days,
		learningSteps: log.learning_steps
	};
}

export interface RatingOutcome {
	/** The card's schedule after the rating. */
	schedule: FsrsFields;
	/** What to append to the card's review log. */
	log: ReviewLogEntry;
	/** Milliseconds from the rating to the card's next due time. */
	interval: number;
}

export interface Scheduler {
	/** What each rating would do to `card` now, without changing it. */
	preview(card: FsrsFields, now: Date): Record<CardRating, RatingOutcome>;
	/** The result of rating `card` now. */
	rate(card: FsrsFields, rating: CardRating, now: Date): RatingOutcome;
}

export interface SchedulerOptions {
	/** The chance of recall aimed at when a card comes due (0.7 to 0.97). */
	desiredRetention: number;
}

/**
 * A scheduler aiming at the learner's desired retention. Fuzz is off so the intervals shown on
 * the buttons are exactly the ones a rating gives.
 */
export function createScheduler({ desiredRetention }: SchedulerOptions): Scheduler {
	const f = fsrs({ request_retention: desiredRetention, enable_fuzz: false });
	const outcome = (item: { card: Card; log: ReviewLog }, rating: CardRating, now: Date) => ({
		schedule: toFields(item.card),
		log: toLogEntry(item.log, rating),
		interval: item.card.due.getTime() - now.getTime()
	});
	return {
		preview(card, now) {
			const preview = f.repeat(toCard(card), now);
			return {
				again: outcome(preview[Rating.Again], 'again', now),
				hard: outcome(preview[Rating.Hard], 'hard', now),
				good: outcome(preview[Rating.Good], 'good', now),
				easy: outcome(preview[Rating.Easy], 'easy', now)
			};
		},
		rate(card, rating, now) {
			return outcome(f.next(toCard(card), now, GRADES[rating]), rating, now);
		}
	};
}
