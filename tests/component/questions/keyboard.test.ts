import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deleteBefore, insertText } from '../../../src/lib/components/questions/keyboard-edit';
import KeyboardHarness from './KeyboardHarness.svelte';

async function setup(initial = '') {
	const user = userEvent.setup();
	render(KeyboardHarness, { initial });
	const field = screen.getByLabelText<HTMLInputElement>('Answer');
	await user.click(screen.getByRole('button', { name: 'Show Arabic keyboard' }));
	// The keys are fetched when the keyboard is first opened.
	await screen.findByRole('group', { name: 'Arabic keyboard' }, { timeout: 10_000 });
	const bound = () => screen.getByTestId('bound').textContent;
	return { user, field, bound };
}

describe('ArabicKeyboard', () => {
	it('is hidden until asked for, and says whether it is open', async () => {
		const user = userEvent.setup();
		render(KeyboardHarness);
		const toggle = screen.getByRole('button', { name: 'Show Arabic keyboard' });
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('group', { name: 'Arabic keyboard' })).toBeNull();
		await user.click(toggle);
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(toggle).toHaveAccessibleName('Hide Arabic keyboard');
		expect(
			await screen.findByRole('group', { name: 'Arabic keyboard' }, { timeout: 10_000 })
		).toBeVisible();
	});

	it('has the letters, the hamza forms, ة and ى, and the marks, each with a name', async () => {
		await setup();
		for (const name of ['bāʾ', 'ʿayn', 'hamza', 'alif with hamza below', 'tāʾ marbūṭa']) {
			expect(screen.getByRole('button', { name })).toBeInTheDocument();
		}
		const marks = screen.getByRole('group', { name: 'Vowel marks' });
		expect(marks.querySelectorAll('button')).toHaveLength(8);
	});

	it('inserts a clicked letter at the caret, not at the end', async () => {
		const { user, field, bound } = await setup('كب');
		field.setSelectionRange(1, 1);
		await user.click(screen.getByRole('button', { name: 'tāʾ' }));
		expect(field.value).toBe('كتب');
		expect(bound()).toBe('كتب');
		expect(field.selectionStart).toBe(2);
		await user.click(screen.getByRole('button', { name: 'alif' }));
		expect(bound()).toBe('كتاب');
	});

	it('keeps focus and the caret in the field while keys are clicked (issue 9)', async () => {
		const { user, field, bound } = await setup();
		await user.click(field);
		for (const name of ['ṭāʾ', 'hāʾ', 'rāʾ', 'alif', 'nūn'])
			await user.click(screen.getByRole('button', { name }));
		expect(bound()).toBe('طهران');
		expect(field).toHaveFocus();
		expect(field.selectionStart).toBe(5);
	});

	it('replaces a selection and types marks after their letter', async () => {
		const { user, field, bound } = await setup('كتب');
		field.setSelectionRange(0, 3);
		await user.click(screen.getByRole('button', { name: 'dāl' }));
		await user.click(screen.getByRole('button', { name: 'fatḥa' }));
		await user.click(screen.getByRole('button', { name: 'shadda' }));
		expect(bound()).toBe('دَّ');
	});

	it('deletes the character before the caret, a mark on its own', async () => {
		const { user, field, bound } = await setup('كَتب');
		field.setSelectionRange(2, 2);
		const backspace = screen.getByRole('button', {
			name: 'Delete the character before the cursor'
		});
		await user.click(backspace);
		expect(bound()).toBe('كتب');
		expect(field.selectionStart).toBe(1);
		await user.click(screen.getByRole('button', { name: 'Space' }));
		expect(bound()).toBe('ك تب');
	});

	it('works from the keyboard: arrows move along a row, Enter and Space press a key', async () => {
		const { user, bound } = await setup();
		const first = screen.getByRole('button', { name: 'ḍād' });
		expect(first).toHaveAttribute('tabindex', '0');
		expect(screen.getByRole('button', { name: 'ṣād' })).toHaveAttribute('tabindex', '-1');
		first.focus();
		await user.keyboard('{ArrowLeft}');
		expect(screen.getByRole('button', { name: 'ṣād' })).toHaveFocus();
		await user.keyboard('{Enter}');
		await user.keyboard('{ArrowDown}');
		expect(screen.getByRole('button', { name: 'sīn' })).toHaveFocus();
		await user.keyboard(' ');
		expect(bound()).toBe('صس');
		// Tab leaves the row for the next one rather than walking every key.
		await user.tab();
		expect(screen.getByRole('button', { name: 'dhāl' })).toHaveFocus();
	});

	it('leaves physical typing alone', async () => {
		const { user, field, bound } = await setup();
		await user.click(field);
		await user.keyboard('سلام');
		expect(bound()).toBe('سلام');
		await user.click(screen.getByRole('button', { name: 'tāʾ marbūṭa' }));
		expect(bound()).toBe('سلامة');
		await user.type(field, '!');
		expect(field.value).toBe('سلامة!');
	});
});

describe('keyboard edits', () => {
	it('insert at a caret or over a selection', () => {
		expect(insertText('ab', 1, 1, 'X')).toEqual({ value: 'aXb', caret: 2 });
		expect(insertText('abc', 0, 2, 'X')).toEqual({ value: 'Xc', caret: 1 });
	});

	it('delete a selection, one character, or nothing at the start', () => {
		expect(deleteBefore('abc', 1, 3)).toEqual({ value: 'a', caret: 1 });
		expect(deleteBefore('abc', 2, 2)).toEqual({ value: 'ac', caret: 1 });
		expect(deleteBefore('abc', 0, 0)).toEqual({ value: 'abc', caret: 0 });
		expect(deleteBefore('a😀', 3, 3)).toEqual({ value: 'a', caret: 1 });
	});
});
