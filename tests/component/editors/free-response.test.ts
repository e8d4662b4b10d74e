import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import FreeResponseEditor from '../../../src/lib/kinds/free-response/FreeResponseEditor.svelte';
import { common, expectListProblem, expectProblem, renderEditor } from './text-editor';

const start = (): QuestionInputOf<'free-response'> => ({
	...common,
	id: 'q-why',
	kind: 'free-response',
	sampleAnswer: 'جاء ليبحث التعاون',
	checklist: [
		{ en: 'Names the visit', ar: 'يذكر الزيارة' },
		{ en: 'Gives a reason', ar: 'يذكر سببًا' }
	]
});
const field = (name: string) => screen.getByRole('textbox', { name });

describe('FreeResponseEditor', () => {
	it('edits the sample answer in Arabic, right to left, with the keyboard', async () => {
		const { user, question } = renderEditor(FreeResponseEditor, start());
		const sample = field('Sample answer');
		expect(sample).toHaveAttribute('lang', 'ar');
		expect(sample).toHaveAttribute('dir', 'rtl');
		expect(screen.getAllByRole('button', { name: 'Show Arabic keyboard' })).toHaveLength(3);
		await user.click(sample);
		await user.type(sample, ' العسكري');
		expect(question()).toEqual({ ...start(), sampleAnswer: 'جاء ليبحث التعاون العسكري' });
	});

	it('adds, edits, moves and removes checklist points in both languages', async () => {
		const { user, question } = renderEditor(FreeResponseEditor, start());
		await user.click(screen.getByRole('button', { name: 'Add checklist point' }));
		expect(field('Checklist point 3 (English)')).toHaveFocus();
		await user.keyboard('Says who he met');
		await user.type(field('Checklist point 3 (Arabic)'), 'يذكر من التقى');
		expect(field('Checklist point 3 (Arabic)')).toHaveAttribute('dir', 'rtl');
		await user.click(screen.getByRole('button', { name: 'Move checklist point 3 up' }));
		expect(question().checklist).toEqual([
			{ en: 'Names the visit', ar: 'يذكر الزيارة' },
			{ en: 'Says who he met', ar: 'يذكر من التقى' },
			{ en: 'Gives a reason', ar: 'يذكر سببًا' }
		]);
		expect(screen.getByRole('button', { name: 'Move checklist point 2 up' })).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Remove checklist point 1' }));
		expect(question()).toEqual({
			...start(),
			checklist: [
				{ en: 'Says who he met', ar: 'يذكر من التقى' },
				{ en: 'Gives a reason', ar: 'يذكر سببًا' }
			]
		});
		expect(field('Checklist point 1 (English)')).toHaveFocus();
	});

	it('shows each problem at its field and the list’s under the list', () => {
		renderEditor(FreeResponseEditor, start(), {
			'checklist.0.ar': 'the Arabic of point 1 is empty',
			sampleAnswer: 'write a sample answer',
			checklist: 'give at least one checklist point'
		});
		const arabic = field('Checklist point 1 (Arabic)');
		expectProblem(arabic, 'the Arabic of point 1 is empty');
		expect(arabic).toHaveAttribute('id', 'q1-checklist-0-ar');
		expect(field('Checklist point 1 (English)')).not.toHaveAttribute('aria-invalid');
		expectProblem(field('Sample answer'), 'write a sample answer');
		expectListProblem(
			screen.getByRole('group', { name: 'Checklist' }),
			'give at least one checklist point'
		);
	});
});
