/**
 * The review page loads the scheduler's code once a card's answer is shown (issue 12). When that
 * load fails (offline before the app was installed), the card says so in place of the ratings,
 * nothing is rated, and Try again brings the ratings.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import ReviewCard from '../../../src/lib/components/review/ReviewCard.svelte';
import { loadLesson } from '../../../src/lib/content/index';
import { ReviewSession } from '../../../src/lib/state/review-session.svelte';
import { MemoryReviewStore, savedWord } from './memory-store';

const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../../src/lib/domain/scheduling/scheduler', async (importOriginal) => {
	if (!network.up) throw new TypeError('Failed to fetch dynamically imported module');
	return importOriginal();
});

it('says the ratings could not be loaded, rates nothing, and Try again brings them', async () => {
	const store = new MemoryReviewStore();
	store.words = [savedWord('wazir', 'headline.s1', 0)];
	const session = new ReviewSession({
		store,
		lessons: (id) => loadLesson(id),
		now: () => new Date('2026-03-02T09:00:00.000Z')
	});
	await session.load();
	render(ReviewCard, { session, vowels: 'full' });
	const user = userEvent.setup();

	await user.keyboard(' ');
	expect(await screen.findByRole('alert')).toHaveTextContent(
		'The ratings could not be loaded: check your connection.'
	);
	await user.keyboard('3');
	expect(store.cards.get('shoigu-tehran-2023:wazir')!.reps).toBe(0);
	expect(screen.queryByRole('button', { name: /Good/u })).toBeNull();

	network.up = true;
	await user.click(screen.getByRole('button', { name: 'Try again' }));
	await user.click(await screen.findByRole('button', { name: /Good/u }));
	expect(store.cards.get('shoigu-tehran-2023:wazir')!.reps).toBe(1);
	expect(screen.queryByRole('alert')).toBeNull();
});
