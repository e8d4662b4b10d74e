import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import TrueFalseNotStatedEditor from '../../../src/lib/kinds/true-false-not-stated/TrueFalseNotStatedEditor.svelte';
import { common, describedBy, renderEditor } from './render';

const question: QuestionInputOf<'true-false-not-stated'> = {
	...common,
	kind: 'true-false-not-stated',
	answer: 'false'
};

const field = (name: string) => screen.getByRole('textbox', { name });

describe('TrueFalseNotStatedEditor', () => {
	it('sets the answer with the True / False / Not stated radio group', async () => {
		const { user, question: edited } = renderEditor(TrueFalseNotStatedEditor, question);
		const group = screen.getByRole('radiogroup', { name: 'Answer' });
		expect(screen.getByRole('radio', { name: 'False' })).toBeChecked();
		await user.click(screen.getByRole('radio', { name: 'Not stated' }));
		expect(edited().answer).toBe('not-stated');
		await user.keyboard('{ArrowLeft}');
		expect(edited().answer).toBe('false');
		expect(group).not.toHaveAttribute('aria-invalid');
	});

	it('adds feedback for one value in both languages and removes it again', async () => {
		const { user, question: edited, changes } = renderEditor(TrueFalseNotStatedEditor, question);
		await user.click(screen.getByRole('button', { name: 'Add feedback for Not stated' }));
		// The button's edit is announced as a change, as a typed edit is, so the set editor records it.
		expect(changes()).toBe(1);
		expect(field('Feedback for Not stated (English)')).toHaveFocus();
		await user.keyboard('The article says so in p2.');
		const ar = field('Feedback for Not stated (Arabic)');
		expect(ar).toHaveAttribute('dir', 'rtl');
		expect(ar).toHaveAttribute('lang', 'ar');
		await user.click(ar);
		await user.keyboard('المقال يذكر ذلك.');
		expect(edited().feedback).toEqual({
			'not-stated': { en: 'The article says so in p2.', ar: 'المقال يذكر ذلك.' }
		});
		expect(edited().answer).toBe('false');
		expect(screen.queryByRole('textbox', { name: /Feedback for True/ })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Remove feedback for Not stated' }));
		expect(edited().feedback).toEqual({});
		expect(screen.getByRole('button', { name: 'Add feedback for Not stated' })).toHaveFocus();
	});

	it('shows a missing answer on the radio group and a feedback problem at its side', () => {
		const { answer: _answer, ...unanswered } = question;
		renderEditor(
			TrueFalseNotStatedEditor,
			{
				...unanswered,
				feedback: { true: { en: 'Yes.', ar: '' } }
			} as QuestionInputOf<'true-false-not-stated'>,
			{ answer: 'choose the answer', 'feedback.true.ar': 'write the Arabic feedback' }
		);
		const group = screen.getByRole('radiogroup', { name: 'Answer' });
		expect(group).toHaveAttribute('id', 'q1-answer');
		expect(group).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(group)).toBe('choose the answer');
		expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
		const ar = field('Feedback for True (Arabic)');
		expect(ar).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(ar)).toBe('write the Arabic feedback');
	});
});
