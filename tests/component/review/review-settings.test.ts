import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import ReviewSettingsForm from '../../../src/lib/components/review/ReviewSettingsForm.svelte';
import { loadLesson } from '../../../src/lib/content/index';
import { ReviewSession } from '../../../src/lib/state/review-session.svelte';
import { MemoryReviewStore } from './memory-store';

async function form() {
	const store = new MemoryReviewStore();
	const session = new ReviewSession({ store, lessons: loadLesson, now: () => new Date() });
	await session.load();
	render(ReviewSettingsForm, { session });
	return { store, user: userEvent.setup() };
}

/** Clicks into the field, clears it and types, as a learner does. */
async function retype(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
	const field = screen.getByLabelText(label);
	await user.click(field);
	await user.clear(field);
	await user.type(field, text);
}

const RETENTION = 'Desired retention (%)';
const PER_DAY = 'New cards per day';

it('saves numbers typed with Arabic-Indic digits, as an Arabic keyboard types them', async () => {
	const { store, user } = await form();
	await retype(user, RETENTION, '٨٥٪');
	await retype(user, PER_DAY, '٢٥');
	await user.click(screen.getByRole('button', { name: 'Save settings' }));
	expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
	expect(store.settings.desiredRetention).toBe(0.85);
	expect(store.settings.newCardsPerDay).toBe(25);
	// The field then shows the saved value as the hint writes numbers.
	expect(screen.getByLabelText(RETENTION)).toHaveValue('85');
	expect(screen.getByLabelText(RETENTION)).toHaveAttribute('aria-invalid', 'false');
});

it('names a value that is not a whole number in range, and saves nothing', async () => {
	const { store, user } = await form();
	const before = structuredClone(store.settings);
	await retype(user, RETENTION, '85.5');
	await retype(user, PER_DAY, 'ten');
	await user.click(screen.getByRole('button', { name: 'Save settings' }));
	expect(screen.getByLabelText(RETENTION)).toHaveAttribute('aria-invalid', 'true');
	expect(screen.getByLabelText(PER_DAY)).toHaveAttribute('aria-invalid', 'true');
	expect(screen.getByRole('status')).toHaveTextContent(/whole number from 70 to 97/u);
	expect(store.settings).toEqual(before);
});
