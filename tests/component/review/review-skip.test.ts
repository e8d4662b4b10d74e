import { expect, it } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import { ReviewSession, newReviewCard } from '../../../src/lib/state/review-session.svelte';
import { MemoryReviewStore, savedWord } from './memory-store';

const LESSON = 'shoigu-tehran-2023';
const NOW = new Date('2026-03-02T09:00:00.000Z');

/** A card whose lesson is gone (a lesson removed from the app), due before a saved word. */
function storeWithLostLesson() {
	const store = new MemoryReviewStore();
	const lost = newReviewCard('removed-lesson', 'kitab', 'saved', new Date(NOW.getTime() - 60_000));
	store.cards.set(lost.id, lost);
	store.words = [savedWord('wazir', 'headline.s1', NOW.getTime() - 1000)];
	return { store, lost };
}

const lessons = (id: string) => (id === LESSON ? loadLesson(id) : Promise.resolve(undefined));

it('sets aside a card whose lesson cannot be loaded, unrated and unchanged, and goes on', async () => {
	const { store, lost } = storeWithLostLesson();
	const session = new ReviewSession({ store, lessons, now: () => NOW });
	await session.load();
	expect(session.current?.id).toBe(lost.id);
	expect(session.face).toBeUndefined();

	await session.skip();
	expect(session.current?.id).toBe(`${LESSON}:wazir`);
	expect(session.face?.entry.id).toBe('wazir');
	expect(store.cards.get(lost.id)).toEqual(lost);
	expect(session.reviewedNow).toBe(0);
});
