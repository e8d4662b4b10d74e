import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import NumericalEditor from '../../../src/lib/kinds/numerical/NumericalEditor.svelte';
import { common, expectProblem, renderEditor } from './text-editor';

const start = (
	fields: Partial<QuestionInputOf<'numerical'>> = {}
): QuestionInputOf<'numerical'> => ({
	...common,
	id: 'q-distance',
	kind: 'numerical',
	answer: 12,
	...fields
});
const field = (name: string) => screen.getByRole('textbox', { name });

describe('NumericalEditor', () => {
	it('reads the answer and the tolerance typed in Arabic-Indic or Western digits', async () => {
		const { user, question } = renderEditor(NumericalEditor, start());
		expect(field('Answer')).toHaveValue('12');
		await user.click(field('Answer'));
		await user.clear(field('Answer'));
		await user.type(field('Answer'), '٣٫٥');
		await user.type(field('Tolerance'), '0.25');
		expect(question()).toEqual(start({ answer: 3.5, tolerance: 0.25 }));
		await user.clear(field('Answer'));
		await user.type(field('Answer'), '-١٬٢٠٠');
		expect(question().answer).toBe(-1200);
		expect(field('Answer')).toHaveValue('-١٬٢٠٠');
		expect(field('Answer')).not.toHaveAttribute('aria-invalid');
	});

	it('says so when the text is no number, and keeps what was typed', async () => {
		const { user, question } = renderEditor(NumericalEditor, start());
		await user.clear(field('Answer'));
		await user.type(field('Answer'), '3,5 km');
		expect(question()).toEqual(start({ answer: undefined }));
		expect(field('Answer')).toHaveValue('3,5 km');
		expectProblem(field('Answer'), 'This is not a number: write it in digits');
		await user.clear(field('Answer'));
		await user.type(field('Answer'), '3,5');
		expect(question().answer).toBe(3.5);
		expect(field('Answer')).not.toHaveAttribute('aria-invalid');
	});

	it('writes the unit in the answer language, and drops an empty one', async () => {
		const { user, question } = renderEditor(NumericalEditor, start());
		const unit = field('Unit (optional)');
		expect(unit).toHaveAttribute('lang', 'ar');
		expect(unit).toHaveAttribute('dir', 'rtl');
		expect(screen.getByRole('button', { name: 'Show Arabic keyboard' })).toBeInTheDocument();
		await user.type(unit, 'كم');
		expect(question()).toEqual(start({ unit: 'كم' }));
		await user.clear(unit);
		expect(question()).toEqual(start());
		expect('unit' in question()).toBe(false);
	});

	it('gives an English answer an English unit field without the keyboard', () => {
		renderEditor(NumericalEditor, start({ answerLanguage: 'en', unit: 'km' }));
		expect(field('Unit (optional)')).toHaveValue('km');
		expect(field('Unit (optional)')).toHaveAttribute('dir', 'ltr');
		expect(screen.queryByRole('button', { name: 'Show Arabic keyboard' })).toBeNull();
	});

	it('shows the problems found at their fields', () => {
		renderEditor(NumericalEditor, start(), {
			answer: 'give the answer as a number',
			tolerance: 'the tolerance cannot be below 0',
			unit: 'write something here'
		});
		expectProblem(field('Answer'), 'give the answer as a number');
		expect(field('Answer')).toHaveAttribute('id', 'q1-answer');
		expectProblem(field('Tolerance'), 'the tolerance cannot be below 0');
		expectProblem(field('Unit (optional)'), 'write something here');
	});
});
