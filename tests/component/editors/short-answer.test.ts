import { screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import ShortAnswerEditor from '../../../src/lib/kinds/short-answer/ShortAnswerEditor.svelte';
import { common, expectListProblem, expectProblem, renderEditor } from './text-editor';

const start = (): QuestionInputOf<'short-answer'> => ({
	...common,
	id: 'q-city',
	kind: 'short-answer',
	answerLanguage: 'ar',
	accepted: [{ text: 'طهران' }, { text: 'طهرن', credit: 0.5 }]
});
const field = (name: string) => screen.getByRole('textbox', { name });

describe('ShortAnswerEditor', () => {
	it('edits the answers, their credit, the answer language and the fold profile', async () => {
		const { user, question } = renderEditor(ShortAnswerEditor, start());
		await user.click(field('Accepted answer 1'));
		await user.type(field('Accepted answer 1'), 'ي');
		await user.clear(field('Credit for accepted answer 2'));
		await user.type(field('Credit for accepted answer 2'), '٠٫٣');
		expect(field('Credit for accepted answer 2')).toHaveValue('٠٫٣');
		await user.click(screen.getByRole('radio', { name: 'Lenient' }));
		expect(question()).toEqual({
			...start(),
			profile: 'lenient',
			accepted: [{ text: 'طهراني' }, { text: 'طهرن', credit: 0.3 }]
		});
		await user.click(screen.getByRole('radio', { name: 'English' }));
		expect(question().answerLanguage).toBe('en');
		expect(field('Accepted answer 1')).toHaveAttribute('dir', 'ltr');
		expect(screen.queryByRole('button', { name: 'Show Arabic keyboard' })).toBeNull();
	});

	it('says in a line what each fold profile forgives', () => {
		renderEditor(ShortAnswerEditor, start());
		expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Strict' })).toHaveAccessibleDescription(
			/spelling must be exact/
		);
		expect(screen.getByRole('radio', { name: 'Standard' })).toHaveAccessibleDescription(
			/vowel marks/
		);
		expect(screen.getByRole('radio', { name: 'Lenient' })).toHaveAccessibleDescription(
			/all of that/
		);
	});

	it('adds, moves and removes answers, keeping focus on the item', async () => {
		const { user, question, changes } = renderEditor(ShortAnswerEditor, start());
		await user.click(screen.getByRole('button', { name: 'Add accepted answer' }));
		expect(field('Accepted answer 3')).toHaveFocus();
		await user.keyboard('طهرانى');
		expect(question().accepted).toEqual([
			{ text: 'طهران' },
			{ text: 'طهرن', credit: 0.5 },
			{ text: 'طهرانى' }
		]);
		expect(changes()).toBeGreaterThan(0);

		await user.click(screen.getByRole('button', { name: 'Move accepted answer 2 up' }));
		expect(question().accepted.map((a) => a.text)).toEqual(['طهرن', 'طهران', 'طهرانى']);
		// Focus stays on the moved answer's button, which now says it cannot go further up.
		const top = screen.getByRole('button', { name: 'Move accepted answer 1 up' });
		expect(top).toHaveFocus();
		expect(top).toHaveAttribute('aria-disabled', 'true');
		expect(screen.getByText('Moved to place 1 of 3.')).toBeInTheDocument();
		await user.click(top);
		expect(question().accepted.map((a) => a.text)).toEqual(['طهرن', 'طهران', 'طهرانى']);
		await user.click(screen.getByRole('button', { name: 'Move accepted answer 2 down' }));
		expect(question().accepted.map((a) => a.text)).toEqual(['طهرن', 'طهرانى', 'طهران']);
		expect(screen.getByRole('button', { name: 'Move accepted answer 3 down' })).toHaveFocus();

		await user.click(screen.getByRole('button', { name: 'Remove accepted answer 2' }));
		expect(question().accepted).toEqual([{ text: 'طهرن', credit: 0.5 }, { text: 'طهران' }]);
		expect(field('Accepted answer 2')).toHaveFocus();
		expect(field('Accepted answer 2')).toHaveValue('طهران');
		await user.click(screen.getByRole('button', { name: 'Remove accepted answer 2' }));
		expect(field('Accepted answer 1')).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Remove accepted answer 1' }));
		expect(question().accepted).toEqual([]);
		expect(screen.getByRole('button', { name: 'Add accepted answer' })).toHaveFocus();
	});

	it('moves an answer up with Alt+ArrowUp from its field, focus and credit going with it', async () => {
		const { user, question, changes } = renderEditor(ShortAnswerEditor, start());
		await user.click(field('Accepted answer 2'));
		await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(question().accepted).toEqual([{ text: 'طهرن', credit: 0.5 }, { text: 'طهران' }]);
		expect(field('Accepted answer 1')).toHaveFocus();
		expect(field('Accepted answer 1')).toHaveValue('طهرن');
		expect(field('Credit for accepted answer 1')).toHaveValue('0.5');
		expect(field('Credit for accepted answer 2')).toHaveValue('');
		expect(changes()).toBe(1);
		expect(screen.getByText('Moved to place 1 of 2.')).toBeInTheDocument();
		// At the top already: the keys move nothing.
		await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(question().accepted.map((a) => a.text)).toEqual(['طهرن', 'طهران']);
		expect(changes()).toBe(1);
	});

	it('gives an answer bilingual feedback, and takes it away', async () => {
		const { user, question } = renderEditor(ShortAnswerEditor, start());
		await user.click(screen.getByRole('checkbox', { name: 'Give feedback on accepted answer 2' }));
		await user.type(field('Feedback on accepted answer 2 (English)'), 'Nearly: one letter off.');
		await user.type(field('Feedback on accepted answer 2 (Arabic)'), 'قريب');
		expect(field('Feedback on accepted answer 2 (Arabic)')).toHaveAttribute('dir', 'rtl');
		expect(question().accepted[1]).toEqual({
			text: 'طهرن',
			credit: 0.5,
			feedback: { en: 'Nearly: one letter off.', ar: 'قريب' }
		});
		await user.click(screen.getByRole('checkbox', { name: 'Give feedback on accepted answer 2' }));
		expect(question().accepted[1]).toEqual({ text: 'طهرن', credit: 0.5 });
	});

	it('writes Arabic answers right to left, with the on-screen keyboard', async () => {
		const { user, question } = renderEditor(ShortAnswerEditor, start());
		const answer = field('Accepted answer 1');
		expect(answer).toHaveAttribute('lang', 'ar');
		expect(answer).toHaveAttribute('dir', 'rtl');
		const item = answer.closest('li')!;
		await user.click(within(item).getAllByRole('button', { name: 'Show Arabic keyboard' })[0]!);
		await user.click(answer);
		// The keys load when the keyboard is first opened.
		await user.click(await within(item).findByRole('button', { name: 'nūn' }, { timeout: 10_000 }));
		expect(question().accepted[0]).toEqual({ text: 'طهرانن' });
	});

	it('shows each problem at its field and the list’s under the list', () => {
		renderEditor(ShortAnswerEditor, start(), {
			'accepted.1.text': 'accepted answer 2 is empty',
			'accepted.0.credit': 'credit is between 0 and 1',
			accepted: 'give at least one accepted answer'
		});
		expectProblem(field('Accepted answer 2'), 'accepted answer 2 is empty');
		expect(field('Accepted answer 2')).toHaveAttribute('id', 'q1-accepted-1-text');
		expectProblem(field('Credit for accepted answer 1'), 'credit is between 0 and 1');
		expect(field('Accepted answer 1')).not.toHaveAttribute('aria-invalid');
		const list = screen.getByRole('group', { name: 'Accepted answers' });
		expect(list).toHaveAttribute('id', 'q1-accepted');
		expectListProblem(list, 'give at least one accepted answer');
	});

	describe('in the Arabic interface', () => {
		const before = getLocale;
		afterEach(() => overwriteGetLocale(before));

		it('labels every control in Arabic, naming the item', async () => {
			overwriteGetLocale(() => 'ar');
			const { user, question } = renderEditor(ShortAnswerEditor, start());
			expect(screen.getByRole('radio', { name: 'العربية' })).toBeChecked();
			expect(screen.getByRole('radio', { name: 'عادية' })).toHaveAccessibleDescription(/الحركات/);
			await user.click(screen.getByRole('button', { name: 'احذف الإجابة المقبولة 1' }));
			expect(question().accepted).toEqual([{ text: 'طهرن', credit: 0.5 }]);
			expect(field('الإجابة المقبولة 1')).toHaveFocus();
			expect(
				screen.getByRole('button', { name: 'انقل الإجابة المقبولة 1 إلى الأعلى' })
			).toHaveAttribute('aria-disabled', 'true');
			expect(screen.getByRole('button', { name: 'أضف إجابة مقبولة' })).toBeInTheDocument();
		});
	});
});
