import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import SingleChoiceEditor from '../../../src/lib/kinds/single-choice/SingleChoiceEditor.svelte';
import { common, describedBy, duplicateIds, renderEditor } from './render';

const question: QuestionInputOf<'single-choice'> = {
	...common,
	kind: 'single-choice',
	options: [
		{ id: 'talks', text: 'محادثات', correct: true },
		{ id: 'exhibition', text: 'معرض', correct: false },
		{ id: 'sign', text: 'توقيع', correct: false }
	]
};

const setup = (problems = {}) => renderEditor(SingleChoiceEditor, question, problems);
const field = (name: string) => screen.getByRole('textbox', { name });

describe('SingleChoiceEditor', () => {
	it('writes each option in Arabic by default, right to left with the keyboard at hand', () => {
		setup();
		const first = field('Option 1');
		expect(first).toHaveValue('محادثات');
		expect(first).toHaveAttribute('lang', 'ar');
		expect(first).toHaveAttribute('dir', 'rtl');
		const item = first.closest('li') as HTMLElement;
		expect(within(item).getByRole('button', { name: 'Show Arabic keyboard' })).toBeVisible();
	});

	it('writes options in English, left to right and without the keyboard, when the answers are English', () => {
		renderEditor(SingleChoiceEditor, { ...question, answerLanguage: 'en' });
		expect(field('Option 2')).toHaveAttribute('dir', 'ltr');
		expect(field('Option 2')).toHaveAttribute('lang', 'en');
		expect(screen.queryByRole('button', { name: 'Show Arabic keyboard' })).toBeNull();
	});

	it('changes only the text of the option typed into', async () => {
		const { user, question: edited } = setup();
		await user.click(field('Option 2'));
		await user.clear(field('Option 2'));
		await user.keyboard('معرض الطائرات');
		expect(edited().options).toEqual([
			{ id: 'talks', text: 'محادثات', correct: true },
			{ id: 'exhibition', text: 'معرض الطائرات', correct: false },
			{ id: 'sign', text: 'توقيع', correct: false }
		]);
		expect(edited().prompt).toEqual(common.prompt);
	});

	it('marks exactly one option correct through the radio group, by mouse and by arrow keys', async () => {
		const { user, question: edited } = setup();
		const correct = screen.getAllByRole('radio', { name: /Correct/ });
		expect(correct.map((r) => (r as HTMLInputElement).checked)).toEqual([true, false, false]);
		await user.click(screen.getByRole('radio', { name: 'Option 3: Correct' }));
		expect(edited().options.map((o) => o.correct)).toEqual([false, false, true]);
		await user.keyboard('{ArrowUp}');
		expect(edited().options.map((o) => o.correct)).toEqual([false, true, false]);
	});

	it('adds an option with the next free id and puts the caret in its text', async () => {
		const { user, question: edited, changes } = setup();
		await user.click(screen.getByRole('button', { name: 'Add option' }));
		expect(field('Option 4')).toHaveFocus();
		await user.keyboard('شراء');
		expect(edited().options[3]).toEqual({ id: 'option-4', text: 'شراء', correct: false });
		expect(changes()).toBeGreaterThan(0);
	});

	it('removes the option named, then focuses the option that took its place', async () => {
		const { user, question: edited } = setup();
		await user.click(screen.getByRole('button', { name: 'Remove option 2' }));
		expect(edited().options.map((o) => o.id)).toEqual(['talks', 'sign']);
		expect(field('Option 2')).toHaveFocus();
		expect(field('Option 2')).toHaveValue('توقيع');
		await user.click(screen.getByRole('button', { name: 'Remove option 2' }));
		expect(field('Option 1')).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Remove option 1' }));
		expect(edited().options).toEqual([]);
		expect(screen.getByRole('button', { name: 'Add option' })).toHaveFocus();
	});

	it('moves an option by its buttons, focus following it, and by Alt+Arrow in its field', async () => {
		const { user, question: edited, changes } = setup();
		const before = changes();
		await user.click(screen.getByRole('button', { name: 'Move option 1 down' }));
		expect(edited().options.map((o) => o.id)).toEqual(['exhibition', 'talks', 'sign']);
		expect(screen.getByRole('button', { name: 'Move option 2 down' })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(edited().options.map((o) => o.id)).toEqual(['exhibition', 'sign', 'talks']);
		expect(screen.getByRole('button', { name: 'Move option 3 down' })).toHaveFocus();
		expect(screen.getByRole('button', { name: 'Move option 3 down' })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
		await user.keyboard('{Enter}');
		expect(edited().options.map((o) => o.id)).toEqual(['exhibition', 'sign', 'talks']);
		await user.click(field('Option 3'));
		await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(edited().options.map((o) => o.id)).toEqual(['exhibition', 'talks', 'sign']);
		expect(field('Option 2')).toHaveFocus();
		expect(field('Option 2')).toHaveValue('محادثات');
		expect(screen.getByText('Moved to place 2 of 3.')).toBeInTheDocument();
		expect(changes()).toBe(before + 3);
	});

	it('adds, writes and removes an option’s feedback in both languages', async () => {
		const { user, question: edited } = setup();
		await user.click(screen.getByRole('button', { name: 'Add feedback for option 2' }));
		const en = field('Feedback for option 2 (English)');
		expect(en).toHaveFocus();
		await user.keyboard('Not the purpose.');
		await user.click(field('Feedback for option 2 (Arabic)'));
		await user.keyboard('ليس الغرض.');
		expect(field('Feedback for option 2 (Arabic)')).toHaveAttribute('dir', 'rtl');
		expect(edited().options[1]).toEqual({
			id: 'exhibition',
			text: 'معرض',
			correct: false,
			feedback: { en: 'Not the purpose.', ar: 'ليس الغرض.' }
		});
		await user.click(screen.getByRole('button', { name: 'Remove feedback for option 2' }));
		expect(edited().options[1]).toEqual({ id: 'exhibition', text: 'معرض', correct: false });
		expect(screen.getByRole('button', { name: 'Add feedback for option 2' })).toHaveFocus();
	});

	it('shows each problem at its field and a list problem under the options, tied to the group', () => {
		setup({
			'options.1.text': 'option 2 is empty',
			options: 'no correct answer marked'
		});
		const second = field('Option 2');
		expect(second).toHaveAttribute('id', 'q1-options-1-text');
		expect(second).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(second)).toBe('option 2 is empty');
		expect(field('Option 1')).not.toHaveAttribute('aria-invalid');
		expect(duplicateIds()).toEqual([]);
		const group = screen.getByRole('group', { name: 'Options' });
		expect(group).toHaveAttribute('id', 'q1-options');
		expect(describedBy(group)).toBe('no correct answer marked');
	});
});
