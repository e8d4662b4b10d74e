/**
 * The "Definitions" setting: the word popover shows meanings, notes and roles in English, Arabic or
 * both; the Arabic interface starts with both, Arabic first.
 */
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { renderReader, shortLesson } from './helpers';

const wazir = shortLesson.glossary.find((e) => e.id === 'wazir')!;
const shoigu = shortLesson.entities.find((e) => e.id === 'shoigu')!;
// وزير, the subject of the first sentence, inside the expression وزير الدفاع (shown first).
const WAZIR = '#word-p1-s1-1';
// شويغو, which names Sergei Shoigu.
const SHOIGU = '#word-p1-s1-5';

/** The meanings shown in the dialog's dictionary entry, in order, as [language, text] pairs. */
function meanings(dialog: HTMLElement): [string | null, string][] {
	return [...dialog.querySelectorAll('dl .definition > .mixed')].map((el) => [
		el.getAttribute('lang'),
		el.textContent ?? ''
	]);
}

describe('definitions in the word popover', () => {
	it('shows English only by default in the English interface, labelled for screen readers', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
		await user.click(container.querySelector(WAZIR)!);
		const dialog = await screen.findByRole('dialog');
		const meaning = within(dialog).getByText('minister');
		expect(meaning).toHaveAttribute('lang', 'en');
		expect(meaning.parentElement).toHaveTextContent('In English: minister; vizier');
		expect(within(dialog).queryByText(wazir.definitionAr!)).toBeNull();
		expect(dialog).toHaveTextContent('subject; first term of idafa');
		expect(dialog).not.toHaveTextContent('فاعل مرفوع');
	});

	it('shows the Arabic definition and role only, rtl, once Arabic is chosen, and keeps the choice', async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		await user.click(screen.getByRole('radio', { name: 'Arabic' }));
		await user.click(container.querySelector(WAZIR)!);
		const dialog = await screen.findByRole('dialog');
		const arabic = within(dialog).getByText(wazir.definitionAr!);
		expect(arabic).toHaveAttribute('lang', 'ar');
		expect(arabic).toHaveAttribute('dir', 'rtl');
		expect(arabic.parentElement).toHaveTextContent(`In Arabic: ${wazir.definitionAr!}`);
		expect(within(dialog).queryByText('minister')).toBeNull();
		expect(within(dialog).getByText('فاعل مرفوع، وهو مضاف')).toHaveAttribute('lang', 'ar');
		expect(within(dialog).getByText(wazir.noteAr!)).toHaveAttribute('dir', 'rtl');
		expect(JSON.parse(localStorage.getItem('fahm.reader')!)).toMatchObject({
			version: 2,
			definitions: 'ar'
		});
	});

	it("shows both, English first, and a person's Arabic description beside the English role", async () => {
		const user = userEvent.setup();
		const { container } = renderReader();
		await user.click(screen.getByRole('radio', { name: 'Both' }));
		await user.click(container.querySelector(WAZIR)!);
		expect(meanings(await screen.findByRole('dialog'))).toEqual([
			['en', 'minister'],
			['ar', wazir.definitionAr]
		]);
		await user.keyboard('{Escape}');
		await user.click(container.querySelector(SHOIGU)!);
		const dialog = await screen.findByRole('dialog');
		expect(within(dialog).getByText(shoigu.role!)).toHaveAttribute('lang', 'en');
		expect(within(dialog).getByText(shoigu.descriptionAr!)).toHaveAttribute('lang', 'ar');
	});

	describe('in the Arabic interface', () => {
		const before = getLocale;
		afterEach(() => overwriteGetLocale(before));

		it('starts with both, Arabic first', async () => {
			overwriteGetLocale(() => 'ar');
			const user = userEvent.setup();
			const { container } = renderReader();
			expect(screen.getByRole('radio', { name: 'كلتاهما' })).toBeChecked();
			await user.click(container.querySelector(WAZIR)!);
			const dialog = await screen.findByRole('dialog');
			expect(meanings(dialog)).toEqual([
				['ar', wazir.definitionAr],
				['en', 'minister']
			]);
			expect(within(dialog).getByText(wazir.definitionAr!).parentElement).toHaveTextContent(
				/^بالعربية: /u
			);
		});
	});
});
