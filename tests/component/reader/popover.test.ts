import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderReader, wordButtons } from './helpers';

describe('word details popover', () => {
	it('opens on click with the vowelled form, romanization, parts, dictionary entry; focus moves in', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		// والأمن: و + ال + أمن, in the first paragraph.
		const word = wordButtons(container).find((b) => b.id === 'word-p1-s1-15')!;
		await user.click(word);
		const dialog = await screen.findByRole('dialog');
		expect(dialog).toHaveFocus();
		expect(word).toHaveAttribute('aria-expanded', 'true');
		expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('وَالْأَمْنِ');
		expect(within(dialog).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'ar');
		expect(dialog).toHaveTextContent('wa-l-ʾamni');
		const parts = within(dialog).getByRole('list');
		expect(
			within(parts)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual([
			expect.stringContaining('and'),
			expect.stringContaining('the'),
			expect.stringContaining('security')
		]);
		expect(dialog).toHaveTextContent('Root');
		expect(dialog).toHaveTextContent('أ م ن');
		expect(dialog).toHaveTextContent('Part of speech');
	});

	it('closes on Escape and gives focus back to the word', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		const word = wordButtons(container)[3]!;
		await user.click(word);
		await screen.findByRole('dialog');
		await user.keyboard('{Escape}');
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(word).toHaveFocus();
		expect(word).toHaveAttribute('aria-expanded', 'false');
	});

	it('closes when Tab leaves it, from either end, and gives focus back to the word (issue 9)', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		const word = wordButtons(container).find((b) => b.id === 'word-p1-s1-8')!;
		await user.click(word);
		const buttons = within(await screen.findByRole('dialog')).getAllByRole('button');
		buttons.at(-1)!.focus();
		await user.tab();
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(word).toHaveFocus();
		await user.keyboard('{Enter}');
		within(await screen.findByRole('dialog'))
			.getAllByRole('button')[0]!
			.focus();
		await user.tab({ shift: true });
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(word).toHaveFocus();
	});

	it('closes when focus lands outside it, and not when it goes back to its word', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		const word = wordButtons(container).find((b) => b.id === 'word-p1-s1-8')!;
		await user.click(word);
		word.focus();
		expect(await screen.findByRole('dialog')).toBeInTheDocument();
		screen.getByRole('radio', { name: 'Full' }).focus();
		await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
	});

	it('is one tab stop: arrows move word to word (left is forward), Enter opens', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		const words = wordButtons(container);
		expect(words.filter((w) => w.tabIndex === 0)).toHaveLength(1);
		words[0]!.focus();
		await user.keyboard('{ArrowLeft}{ArrowLeft}');
		expect(words[2]).toHaveFocus();
		expect(words[2]).toHaveAttribute('tabindex', '0');
		expect(words[0]).toHaveAttribute('tabindex', '-1');
		await user.keyboard('{ArrowRight}');
		expect(words[1]).toHaveFocus();
		await user.keyboard('{Enter}');
		const dialog = await screen.findByRole('dialog');
		expect(dialog).toHaveFocus();
		// With the details open, the arrows go on to the next word's details.
		await user.keyboard('{ArrowLeft}');
		expect(
			within(await screen.findByRole('dialog')).getByRole('heading', { level: 2 })
		).toHaveTextContent('الْعَلَاقَاتِ');
	});

	it('shows the entity card for a name and the expression as a unit', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		await user.click(container.querySelector('#word-p1-s1-5')!); // شويغو
		const card = await screen.findByRole('dialog');
		expect(card).toHaveTextContent('Sergei Shoigu');
		expect(card).toHaveTextContent('Russian Minister of Defence');
		await user.click(container.querySelector('#word-p1-s1-1')!); // وزير (الدفاع)
		const dialog = await screen.findByRole('dialog');
		expect(dialog).toHaveTextContent('Expression');
		expect(dialog).toHaveTextContent('minister of defence, defence minister');
	});

	it('opens the root family, grouped by pattern', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		await user.click(container.querySelector('#word-p1-s1-0')!); // أعرب
		await user.click(await screen.findByRole('button', { name: 'Root family' }));
		const family = screen.getByRole('region', { name: /of this root/u });
		expect(family).toHaveTextContent('ع ر ب');
		expect(within(family).getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);
	});

	it('adds a word to review, lists it under saved words, and removes it', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		await user.click(container.querySelector('#word-p1-s1-1')!);
		await user.click(await screen.findByRole('button', { name: 'Add to review' }));
		await waitFor(() =>
			expect(screen.getByRole('heading', { name: 'Saved words (1)' })).toBeInTheDocument()
		);
		expect(screen.getByRole('button', { name: 'In review (remove)' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await user.keyboard('{Escape}');
		await user.click(screen.getByRole('button', { name: 'Remove وَزِير' }));
		await waitFor(() =>
			expect(screen.getByRole('heading', { name: 'Saved words (0)' })).toBeInTheDocument()
		);
	});

	it('says listening is impossible rather than failing silently', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		// jsdom has no speech synthesis at all.
		await waitFor(() => expect(screen.getByText(/cannot read text aloud/u)).toBeInTheDocument());
		await user.click(container.querySelector('#word-p1-s1-1')!);
		expect(await screen.findByRole('button', { name: 'Listen to the sentence' })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
	});
});
