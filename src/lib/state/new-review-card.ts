/**
 * A new review card, built without the scheduler: the drill writes one for a missed word beside
 * the answer, with nothing to fetch first (a learner who leaves at once keeps the card).
 */
import { newSchedule } from '$lib/domain/scheduling/new-card';
import {
	REVIEW_CARD_VERSION,
	reviewCardId,
	type CardPrompt,
	type CardSource,
	type ReviewCard
} from '$lib/storage/review-cards';

/** A new card for a glossary entry of a lesson, due now; a missed word asks to be typed. */
export function newReviewCard(
	lessonId: string,
	entryId: string,
	source: CardSource,
	now: Date,
	prompt: CardPrompt = source === 'missed' ? 'type' : 'recognise'
): ReviewCard {
	return {
		...newSchedule(now),
		schemaVersion: REVIEW_CARD_VERSION,
		id: reviewCardId(lessonId, entryId),
		lessonId,
		entryId,
		source,
		prompt,
		addedAt: now.getTime(),
		log: []
	};
}
