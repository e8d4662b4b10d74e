import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import ReviewCard from '../../../src/lib/components/review/ReviewCard.svelte';
import { loadLesson } from '../../../src/lib/content/index';
import type { VowelMode } from '../../../src/lib/domain/reader/vowels';
import { ReviewSession, newReviewCard } from '../../../src/lib/state/review-session.svelte';
import { MemoryReviewStore, savedWord } from './memory-store';

const LESSON = 'shoigu-tehran-2023';
const NOW = new Date('2026-03-02T09:00:00.000Z');
const lessons = (id: string) => loadLesson(id);

async function start(store: MemoryReviewStore, now = NOW) {
	const session = new ReviewSession({ store, lessons, now: () => now });
	await session.load();
	return session;
}

function show(session: ReviewSession, vowels: VowelMode = 'full') {
	return render(ReviewCard, { session, vowels });
}

it('shows the saved word in its sentence, reveals the answer with Space and rates with keys 1-4', async () => {
	const store = new MemoryReviewStore();
	store.words = [savedWord('wazir', 'headline.s1', NOW.getTime() - 1000)];
	const session = await start(store);
	show(session);
	const user = userEvent.setup();

	expect(document.querySelector('mark')?.textContent).toBe('وَزِيرُ');
	expect(screen.getByText('What does the marked word mean?')).toBeInTheDocument();
	expect(screen.queryByRole('button', { name: /Good/u })).toBeNull();

	await user.keyboard(' ');
	expect(screen.getByRole('heading', { name: 'Answer' })).toBe(document.activeElement);
	expect(screen.getByText('minister; vizier')).toBeInTheDocument();
	expect(screen.getByText('و ز ر')).toBeInTheDocument();
	expect(screen.getByText(/عضو في الحكومة يتولى إدارة وزارة/u)).toBeInTheDocument();
	// The ratings come with the scheduler's code, loaded as the answer is shown.
	await screen.findByRole('button', { name: /Good/u });
	expect(screen.getAllByRole('button').map((b) => b.textContent!.trim())).toEqual([
		'1 Again · 1m',
		'2 Hard · 6m',
		'3 Good · 10m',
		'4 Easy · 8d'
	]);

	await user.keyboard('3');
	const rated = store.cards.get(`${LESSON}:wazir`)!;
	expect([rated.state, rated.reps, rated.due]).toEqual(['learning', 1, '2026-03-02T09:10:00.000Z']);
	expect(rated.log.map((l) => [l.rating, l.state])).toEqual([['good', 'new']]);
	expect(session.current).toBeUndefined();
	expect(session.queue.nextDue).toBe('2026-03-02T09:10:00.000Z');
});

it('follows the reader vowel setting on the front', async () => {
	const store = new MemoryReviewStore();
	store.words = [savedWord('wazir', 'headline.s1', 0)];
	show(await start(store), 'none');
	expect(document.querySelector('mark')?.textContent).toBe('وزير');
});

it('keys do nothing before the answer is shown, and 1 rates Again after it', async () => {
	const store = new MemoryReviewStore();
	store.words = [savedWord('wazir', 'headline.s1', 0)];
	const session = await start(store);
	show(session);
	const user = userEvent.setup();
	await user.keyboard('4');
	expect(store.cards.get(`${LESSON}:wazir`)!.reps).toBe(0);
	await user.click(screen.getByRole('button', { name: 'Show answer' }));
	await user.keyboard('1');
	const card = store.cards.get(`${LESSON}:wazir`)!;
	expect([card.state, card.due]).toEqual(['learning', '2026-03-02T09:01:00.000Z']);
});

it('a typed card keeps a half-typed answer across a reload, then grades it', async () => {
	const store = new MemoryReviewStore();
	store.cards.set(`${LESSON}:wazir`, newReviewCard(LESSON, 'wazir', 'missed', NOW));
	const first = await start(store);
	const view = show(first);
	const user = userEvent.setup();
	expect(screen.getByText('Type the missing word. Its meaning:')).toBeInTheDocument();
	expect(document.querySelector('mark')).toBeNull();
	// The field comes with the card, fetched as a typed card is shown.
	await user.type(await screen.findByLabelText('The missing word'), 'وزي');
	view.unmount();

	// A new page: the session continues with the half-typed word in the field.
	const second = await start(store);
	show(second);
	const field = await screen.findByLabelText<HTMLInputElement>('The missing word');
	expect(field.value).toBe('وزي');
	await user.type(field, 'ر{Enter}');
	expect((await screen.findByRole('status')).textContent).toContain('Correct.');
	expect(document.querySelector('mark')?.textContent).toBe('وَزِيرُ');
	await user.keyboard('4');
	expect(store.cards.get(`${LESSON}:wazir`)!.state).toBe('review');
	expect(store.drafts.size).toBe(0);
});

it('a full disk keeps the session going in memory and says so', async () => {
	const store = new MemoryReviewStore();
	store.words = [savedWord('wazir', 'headline.s1', 0), savedWord('hadaf', 'headline.s1', 1)];
	const session = await start(store);
	store.failWrites = 'quota';
	show(session);
	const user = userEvent.setup();
	await user.keyboard(' 4');
	expect(session.error).toBe('quota');
	expect(session.current?.entryId).toBe('hadaf');
	// Reloading the lists (another tab wrote) keeps the rating the disk refused.
	await session.load();
	expect(session.queue.due.map((c) => c.entryId)).toEqual(['hadaf']);
	expect(store.cards.get(`${LESSON}:wazir`)!.reps).toBe(0);
});
