import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import NumericalPlayer from '../../../src/lib/kinds/numerical/NumericalPlayer.svelte';
import { gradeOf, question } from './fixtures';
import { renderPlayer } from './render';

const q = question('numerical', {
	prompt: { ar: 'كم يوما استمرت الزيارة؟', en: 'How many days did the visit last?' },
	answer: 3,
	tolerance: 1,
	unit: 'أيام'
});

describe('NumericalPlayer', () => {
	it('shows the prompt and a number field described by its Arabic unit', () => {
		renderPlayer(NumericalPlayer, q);
		expect(screen.getByText('كم يوما استمرت الزيارة؟')).toHaveAttribute('dir', 'rtl');
		const field = screen.getByRole('textbox', { name: 'Your answer (a number)' });
		expect(field).toHaveAttribute('inputmode', 'decimal');
		expect(field).toHaveAccessibleDescription('أيام');
		expect(screen.getByText('أيام')).toHaveAttribute('lang', 'ar');
	});

	it('collects the digits as typed, Arabic-Indic included', async () => {
		const { user, response } = renderPlayer(NumericalPlayer, q);
		await user.type(screen.getByRole('textbox'), '٣');
		expect(response()).toEqual({ kind: 'numerical', text: '٣' });
	});

	it('locks under a grade and says whether the number was right', async () => {
		renderPlayer(NumericalPlayer, q, {
			initial: { kind: 'numerical', text: 'ثلاثة' },
			grade: gradeOf('incorrect', [], { notes: [{ code: 'not-a-number' }] })
		});
		expect(screen.getByRole('textbox')).toBeDisabled();
		expect(screen.getByText('Wrong')).toBeInTheDocument();
		expect(await screen.findByText(/That is not a number/)).toBeInTheDocument();
	});

	it('shows the answer with its tolerance and unit as the solution', () => {
		renderPlayer(NumericalPlayer, q, { showSolution: true });
		expect(screen.getByText(/Answer: 3 \(give or take 1\)/)).toHaveTextContent('أيام');
	});
});
