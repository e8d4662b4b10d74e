/**
 * Regression: glosses, roles and notes are English that quotes Arabic ("genitive after فِي"); the
 * quoted Arabic carried no lang, so it took the Latin face and was not isolated. Each such run is
 * now a <bdi lang="ar" dir="rtl"> inside the English.
 */
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { wordElementId, wordsOf } from '../../../src/lib/domain/reader/words';
import { renderReader, shortLesson } from './helpers';

const ARABIC = /\p{Script=Arabic}/u;

it("isolates the Arabic quoted in a word's English role as Arabic", async () => {
	const word = wordsOf(shortLesson.article).find(
		(w) => w.token.role !== undefined && ARABIC.test(w.token.role)
	);
	if (!word?.token.role) throw new Error('the short lesson has no role quoting Arabic');
	const user = userEvent.setup();
	const { container } = renderReader();
	await user.click(container.querySelector(`#${wordElementId(word.key)}`)!);
	const dialog = await screen.findByRole('dialog');
	const role = [...dialog.querySelectorAll('[lang="en"]')].find(
		(el) => el.textContent === word.token.role
	);
	expect(role, word.token.role).toBeDefined();
	const quoted = [...role!.querySelectorAll('bdi')];
	expect(quoted.length).toBeGreaterThan(0);
	for (const bdi of quoted) {
		expect(bdi).toHaveAttribute('lang', 'ar');
		expect(bdi).toHaveAttribute('dir', 'rtl');
		expect(bdi.textContent).toMatch(ARABIC);
	}
});
