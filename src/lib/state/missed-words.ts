/**
 * Vocabulary the learner missed becomes review cards: a practice log that, when the first check
 * of a generated exercise is not correct, adds a card (asking to type the word) for the entry it
 * drills. The answer itself is recorded as by the log it wraps. The scheduler (ts-fsrs) is fetched
 * at the first miss, not with the drill: most pages of answers never need it.
 */
import type { Lesson } from '$lib/content/schema';
import { drilledEntry } from '$lib/domain/scheduling/missed';
import { addReviewCards } from '$lib/storage/review-cards';
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
			const recorded = await log.record(attempt);
			const entryId =
				attempt.checks === 1 && MISSED.has(attempt.first.verdict)
					? drilledEntry(attempt.questionId, lesson)
					: undefined;
			if (entryId) {
				const { newReviewCard } = await import('./review-plan');
				const card = newReviewCard(
					lesson.article.id,
					entryId,
					'missed',
					new Date(attempt.answeredAt)
				);
				// A card not saved is not worth failing the answer for: the answer is on disk.
				const added = await add([card]).catch(() => []);
				if (added.length) announceProgress('reviewCards');
			}
			return recorded;
		}
	};
}
