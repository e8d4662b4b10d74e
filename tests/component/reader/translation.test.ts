import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderReader, shortLesson as lesson } from './helpers';

const p1 = lesson.article.blocks.find((b) => b.id === 'p1')!.sentences[0]!;
const p2 = lesson.article.blocks.find((b) => b.id === 'p2')!.sentences[0]!;

describe('translations', () => {
	it('reveals one sentence’s translation and hides it again', async () => {
		const user = userEvent.setup();
		renderReader();
		expect(screen.queryByText(p1.translation)).toBeNull();
		const toggle = screen.getByRole('button', { name: 'Translation of sentence 3' });
		await user.click(toggle);
		expect(screen.getByText(p1.translation).closest('[lang]')).toHaveAttribute('lang', 'en');
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(screen.queryByText(p2.translation)).toBeNull();
		await user.click(toggle);
		expect(screen.queryByText(p1.translation)).toBeNull();
	});

	it('reveals the sentence of the focused word with T', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		(container.querySelector('#word-p1-s1-4') as HTMLElement).focus();
		await user.keyboard('t');
		expect(screen.getByText(p1.translation)).toBeInTheDocument();
	});

	it('shows every translation as a parallel text', async () => {
		const user = userEvent.setup();
		renderReader();
		await user.click(screen.getByRole('checkbox', { name: /parallel text/u }));
		for (const block of lesson.article.blocks)
			for (const sentence of block.sentences)
				expect(screen.getByText(sentence.translation)).toBeInTheDocument();
	});
});
