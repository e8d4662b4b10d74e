/**
 * Plain helpers of the review session (kept out of the runes module: they build immutable maps
 * and dates that nothing observes).
 */
import type { Lesson } from '$lib/content/schema';
import { reviewCardId, type ReviewCard } from '$lib/storage/review-cards';
import { newReviewCard } from './new-review-card';
import type { SavedWord } from '$lib/storage/saved-words';

export { newReviewCard };

/** The sentence each saved word was saved from, by the id of its card. */
export function savedSentences(words: readonly SavedWord[]): ReadonlyMap<string, string> {
	return new Map(words.map((w) => [reviewCardId(w.lessonId, w.lemmaId), w.sentenceId]));
}

/** Cards for the saved words that have none yet, due from when each word was saved. */
export function cardsForSavedWords(
	words: readonly SavedWord[],
	cards: readonly ReviewCard[]
): ReviewCard[] {
	const have = new Set(cards.map((c) => c.id));
	return words
		.filter((w) => !have.has(reviewCardId(w.lessonId, w.lemmaId)))
		.map((w) => newReviewCard(w.lessonId, w.lemmaId, 'saved', new Date(w.savedAt)));
}

/** The lessons of `cards` not loaded yet. */
export function lessonsToLoad(
	cards: readonly ReviewCard[],
	loaded: ReadonlyMap<string, Lesson>
): string[] {
	return [...new Set(cards.map((c) => c.lessonId))].filter((id) => !loaded.has(id));
}

/** `loaded` with the lessons found added. */
export function withLessons(
	loaded: ReadonlyMap<string, Lesson>,
	found: readonly (Lesson | undefined)[]
): ReadonlyMap<string, Lesson> {
	const next = new Map(loaded);
	for (const lesson of found) if (lesson) next.set(lesson.article.id, lesson);
	return next;
}

export const systemClock = (): Date => new Date();
export const dateAt = (ms: number): Date => new Date(ms);
export const NO_LESSONS: ReadonlyMap<string, Lesson> = new Map();
export const NO_SENTENCES: ReadonlyMap<string, string> = new Map();

/** A plain map of cards by id; nothing observes it (the session copies cards into its state). */
export const unsavedCards = (): Map<string, ReviewCard> => new Map();

/** `cards` with those in `over` put in place of (or beside) the stored ones. */
export function overlay(
	cards: readonly ReviewCard[],
	over: ReadonlyMap<string, ReviewCard>
): ReviewCard[] {
	if (!over.size) return [...cards];
	const ids = new Set(cards.map((c) => c.id));
	return [
		...cards.map((c) => over.get(c.id) ?? c),
		...[...over.values()].filter((c) => !ids.has(c.id))
	];
}
