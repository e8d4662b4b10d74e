import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import MultipleResponseEditor from '../../../src/lib/kinds/multiple-response/MultipleResponseEditor.svelte';
import { common, describedBy, renderEditor } from './render';

const question: QuestionInputOf<'multiple-response'> = {
	...common,
	kind: 'multiple-response',
	answerLanguage: 'en',
	options: [
		{ id: 'opportunities', text: 'opportunities', correct: true },
		{ id: 'moscow', text: 'a visit to Moscow', correct: false },
		{ id: 'sanctions', text: 'sanctions', correct: true }
	]
};

const field = (name: string) => screen.getByRole('textbox', { name });

describe('MultipleResponseEditor', () => {
	it('marks any number of options correct with a checkbox each', async () => {
		const { user, question: edited } = renderEditor(MultipleResponseEditor, question);
		expect(screen.queryAllByRole('radio')).toHaveLength(0);
		const boxes = screen.getAllByRole('checkbox', { name: /Correct/ });
		expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, false, true]);
		await user.click(screen.getByRole('checkbox', { name: 'Option 2: Correct' }));
		expect(edited().options.map((o) => o.correct)).toEqual([true, true, true]);
		await user.click(screen.getByRole('checkbox', { name: 'Option 1: Correct' }));
		await user.click(screen.getByRole('checkbox', { name: 'Option 3: Correct' }));
		expect(edited().options.map((o) => o.correct)).toEqual([false, true, false]);
	});

	it('writes English options left to right, adds one with the next free id, removes and moves by name', async () => {
		const { user, question: edited } = renderEditor(MultipleResponseEditor, question);
		expect(field('Option 1')).toHaveAttribute('dir', 'ltr');
		await user.click(screen.getByRole('button', { name: 'Add option' }));
		await user.keyboard('arms purchases');
		await user.click(screen.getByRole('checkbox', { name: 'Option 4: Correct' }));
		await user.click(screen.getByRole('button', { name: 'Move option 4 up' }));
		await user.click(screen.getByRole('button', { name: 'Remove option 2' }));
		expect(edited().options).toEqual([
			{ id: 'opportunities', text: 'opportunities', correct: true },
			{ id: 'option-4', text: 'arms purchases', correct: true },
			{ id: 'sanctions', text: 'sanctions', correct: true }
		]);
		expect(field('Option 2')).toHaveFocus();
	});

	it('shows a problem at the option’s text and the list’s under the options', () => {
		renderEditor(MultipleResponseEditor, question, {
			'options.2.text': 'option 3 is empty',
			options: 'give at least three options'
		});
		expect(field('Option 3')).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(field('Option 3'))).toBe('option 3 is empty');
		expect(describedBy(screen.getByRole('group', { name: 'Options' }))).toBe(
			'give at least three options'
		);
	});
});
