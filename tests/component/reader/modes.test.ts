import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderReader } from './helpers';

describe('vowel modes', () => {
	it('switches between full, without case endings and as printed, and remembers the choice', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		const wazir = () => container.querySelector('#word-p1-s1-1')!;
		const verb = () => container.querySelector('#word-p1-s1-0')!;
		expect(wazir()).toHaveTextContent('وَزِيرُ');
		await user.click(screen.getByRole('radio', { name: 'Without case endings' }));
		expect(wazir()).toHaveTextContent(/^وَزِير$/u);
		// A perfect verb keeps its final vowel.
		expect(verb()).toHaveTextContent('أَعْرَبَ');
		await user.click(screen.getByRole('radio', { name: 'As printed' }));
		expect(wazir()).toHaveTextContent(/^وزير$/u);
		expect(JSON.parse(localStorage.getItem('fahm.reader')!)).toMatchObject({ vowels: 'none' });
	});

	it('reveals one word in full while the rest stay as printed', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		await user.click(screen.getByRole('radio', { name: 'As printed' }));
		await user.click(container.querySelector('#word-p1-s1-1')!);
		await user.click(await screen.findByRole('button', { name: 'Show its vowels in the text' }));
		await user.keyboard('{Escape}');
		expect(container.querySelector('#word-p1-s1-1')).toHaveTextContent('وَزِيرُ');
		expect(container.querySelector('#word-p1-s1-2')).toHaveTextContent(/^الدفاع$/u);
	});

	it('changes the text size in steps and highlights names on request', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		const article = container.querySelector('article')!;
		expect(article).toHaveClass('size-1');
		await user.click(screen.getByRole('button', { name: 'Larger text' }));
		expect(article).toHaveClass('size-2');
		await user.click(screen.getByRole('checkbox', { name: 'Highlight names' }));
		expect(article).toHaveClass('entities');
		expect(container.querySelector('#word-p1-s1-5')).toHaveClass('entity-person');
		expect(screen.getByRole('list', { name: 'Highlighted names' })).toBeInTheDocument();
		expect(JSON.parse(localStorage.getItem('fahm.reader')!)).toMatchObject({
			textSize: 2,
			entities: true
		});
	});
});
