import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ClozePlayer from '../../../src/lib/kinds/cloze/ClozePlayer.svelte';
import { graders } from '../../../src/lib/domain/grading';
import { gradeOf, lesson, question } from './fixtures';
import { renderPlayer } from './render';

const fields = { sentence: 'p1.s1', gaps: [{ token: 1 }, { token: 5 }] };
const bank = question('cloze', { ...fields, mode: 'bank', distractors: ['بغداد'] });
const typed = question('cloze', { ...fields, mode: 'typed' });

describe('ClozePlayer', () => {
	it('shows the Arabic sentence with a select per gap, fed by the word bank', () => {
		renderPlayer(ClozePlayer, bank);
		const sentence = screen.getByText(/^وصل/, { selector: 'p' });
		expect(sentence).toHaveAttribute('lang', 'ar');
		expect(sentence).toHaveAttribute('dir', 'rtl');
		expect(sentence).toHaveTextContent('الدفاع الروسي إلى');
		// The gap words are in the selects, not in the text around them.
		expect(within(sentence).getAllByRole('combobox')).toHaveLength(2);
		const around = sentence.cloneNode(true) as HTMLElement;
		around.querySelectorAll('select').forEach((select) => select.remove());
		expect(around).not.toHaveTextContent(/وزير|طهران/);
		const gap = screen.getByRole('combobox', { name: 'Gap 1 of 2' });
		expect([...gap.querySelectorAll('option')].map((o) => o.value).sort()).toEqual(
			['', 'بغداد', 'طهران', 'وزير'].sort()
		);
		expect(screen.getByText('Words to use:')).toHaveTextContent('بغداد');
	});

	it('collects the bank words chosen by keyboard', async () => {
		const { user, response } = renderPlayer(ClozePlayer, bank);
		expect(response()).toEqual({ kind: 'cloze', gaps: [null, null] });
		await user.selectOptions(screen.getByRole('combobox', { name: 'Gap 2 of 2' }), 'طهران');
		expect(response()).toEqual({ kind: 'cloze', gaps: [null, 'طهران'] });
	});

	it('takes typed words, from a physical keyboard or the on-screen one, in the gap last used', async () => {
		const { user, response } = renderPlayer(ClozePlayer, typed);
		const second = screen.getByRole('textbox', { name: 'Gap 2 of 2' });
		await user.type(second, 'طهرا');
		await user.click(screen.getByRole('button', { name: 'Show Arabic keyboard' }));
		await user.click(await screen.findByRole('button', { name: 'nūn' }, { timeout: 10_000 }));
		expect(response()).toEqual({ kind: 'cloze', gaps: [null, 'طهران'] });
		await user.type(screen.getByRole('textbox', { name: 'Gap 1 of 2' }), 'وزير');
		expect(response()).toEqual({ kind: 'cloze', gaps: ['وزير', 'طهران'] });
	});

	it('locks under a grade and marks each gap in words, by the grader’s gap indexes', () => {
		const answer = { kind: 'cloze' as const, gaps: ['وزير', 'بغداد'] };
		renderPlayer(ClozePlayer, bank, {
			initial: answer,
			grade: graders.cloze(bank, answer, { lesson })
		});
		const first = screen.getByRole('combobox', { name: 'Gap 1 of 2' });
		expect(first).toBeDisabled();
		expect(first.parentElement).toHaveTextContent('✓ Right');
		expect(screen.getByRole('combobox', { name: 'Gap 2 of 2' }).parentElement).toHaveTextContent(
			'✗ Wrong'
		);
	});

	it('shows the missing words as the solution', () => {
		renderPlayer(ClozePlayer, typed, { showSolution: true });
		expect(screen.getByRole('textbox', { name: 'Gap 1 of 2' }).parentElement).toHaveTextContent(
			'Answer: وزير'
		);
	});

	it('says so when the sentence is not in the lesson', () => {
		renderPlayer(ClozePlayer, question('cloze', { ...fields, sentence: 'p9.s1', mode: 'bank' }), {
			grade: gradeOf('invalid')
		});
		// The id is isolated (FSI…PDI) so its direction cannot reorder the sentence around it.
		expect(screen.getByRole('alert')).toHaveTextContent('not in the lesson (\u2068p9.s1\u2069)');
	});
});
