/**
 * A typed card's answer field is fetched as the card is shown (issue 12). When that fails (offline
 * before the app was installed), the card says so, the answer can still be shown, and Try again
 * brings the field.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import ReviewCard from '../../../src/lib/components/review/ReviewCard.svelte';
import { loadLesson } from '../../../src/lib/content/index';
import { ReviewSession, newReviewCard } from '../../../src/lib/state/review-session.svelte';
import { MemoryReviewStore } from './memory-store';

const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../../src/lib/components/questions/TypedField.svelte', async (importOriginal) => {
	if (!network.up) throw new TypeError('Failed to fetch dynamically imported module');
	return importOriginal();
});

it('says the answer field could not be loaded, still shows the answer, and Try again brings it', async () => {
	const store = new MemoryReviewStore();
	const now = new Date('2026-03-02T09:00:00.000Z');
	store.cards.set(
		'shoigu-tehran-2023:wazir',
		newReviewCard('shoigu-tehran-2023', 'wazir', 'missed', now)
	);
	const session = new ReviewSession({ store, lessons: (id) => loadLesson(id), now: () => now });
	await session.load();
	render(ReviewCard, { session, vowels: 'full' });
	const user = userEvent.setup();

	expect(await screen.findByRole('alert')).toHaveTextContent(
		'The answer field could not be loaded: check your connection. You can still show the answer.'
	);
	expect(screen.queryByLabelText('The missing word')).toBeNull();

	await user.click(screen.getByRole('button', { name: 'Show answer' }));
	expect(await screen.findByText('minister; vizier')).toBeInTheDocument();

	network.up = true;
	await user.click(screen.getByRole('button', { name: 'Try again' }));
	const field = await screen.findByLabelText('The missing word');
	expect(screen.queryByRole('alert')).toBeNull();
	// The answer is shown: the field is there to read, no longer to type in.
	expect(field).toBeDisabled();
});
