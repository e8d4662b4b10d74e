/**
 * Vocabulary the learner missed becomes review cards: a practice log that, when the first check
 * of a generated exercise is not correct, adds a card (asking to type the word) for the entry it
 * drills. The answer itself is recorded as by the log it wraps. The card is written beside the
 * answer, not after it, and needs nothing fetched (no scheduler): a learner who leaves the page as
 * soon as the verdict shows keeps both.
 */
import type { Lesson } from '$lib/content/schema';
import { drilledEntry } from '$lib/domain/scheduling/missed';
import { addReviewCards } from '$lib/storage/review-cards';
import { newReviewCard } from './new-review-card';
import { announceProgress } from './progress-channel';
import type { PracticeLog } from './practice-log';

const MISSED = new Set(['incorrect', 'partial']);

export function withMissedWords(
	log: PracticeLog,
	lesson: Lesson,
	add: typeof addReviewCards = addReviewCards
): PracticeLog {
	return {
		...log,
		async record(attempt) {
			const entryId =
				attempt.checks === 1 && MISSED.has(attempt.first.verdict)
					? drilledEntry(attempt.questionId, lesson)
					: undefined;
			// A card not saved is not worth failing the answer for.
			const adding = entryId
				? add([
						newReviewCard(lesson.article.id, entryId, 'missed', new Date(attempt.answeredAt))
					]).catch(() => [])
				: undefined;
			const recorded = await log.record(attempt);
			if ((await adding)?.length) announceProgress('reviewCards');
			return recorded;
		}
	};
}
