/**
 * A word's details are fetched as code the first time a learner comes to the article (issue 12).
 * When that fetch fails (offline before the app was installed), opening a word says so, and the
 * next opening tries again.
 */
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { renderReader } from './helpers';

const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../../src/lib/components/reader/WordPopover.svelte', async (importOriginal) => {
	if (!network.up) throw new TypeError('Failed to fetch dynamically imported module');
	return importOriginal();
});

it("says the word's details could not be loaded, and loads them when a word is opened again", async () => {
	const user = userEvent.setup();
	const { container } = renderReader();
	const word = container.querySelector<HTMLButtonElement>('#word-p1-s1-1')!;
	await user.click(word);
	expect(await screen.findByRole('alert')).toHaveTextContent(
		"The word's details could not be loaded: check your connection, then open the word again."
	);
	expect(screen.queryByRole('dialog')).toBeNull();
	// Escape takes the notice away, as it closes a word's details, and focus is back on the word.
	await user.keyboard('{Escape}');
	expect(screen.queryByRole('alert')).toBeNull();
	expect(word).toHaveFocus();
	expect(word).toHaveAttribute('aria-expanded', 'false');

	network.up = true;
	await user.click(container.querySelector<HTMLButtonElement>('#word-p1-s1-2')!); // another word
	const dialog = await screen.findByRole('dialog');
	expect(dialog).toHaveTextContent('defence');
	expect(screen.queryByText(/could not be loaded/u)).toBeNull();
});
