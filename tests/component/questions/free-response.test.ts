import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FreeResponsePlayer from '../../../src/lib/kinds/free-response/FreeResponsePlayer.svelte';
import { gradeOf, question } from './fixtures';
import { renderPlayer } from './render';

const q = question('free-response', {
	prompt: { ar: 'لخّص الزيارة.', en: 'Sum up the visit.' },
	sampleAnswer: 'وصل الوزير إلى طهران والتقى رئيس الأركان.',
	checklist: [
		{ en: 'Names Tehran', ar: 'يذكر طهران' },
		{ en: 'Names the chief of staff', ar: 'يذكر رئيس الأركان' }
	]
});

describe('FreeResponsePlayer', () => {
	it('shows a text area, the Arabic keyboard toggle and the checklist in the UI language', async () => {
		const { user } = renderPlayer(FreeResponsePlayer, q);
		expect(screen.getByText('لخّص الزيارة.')).toHaveAttribute('lang', 'ar');
		expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveAttribute('dir', 'auto');
		expect(screen.getByRole('button', { name: 'Show Arabic keyboard' })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: 'Names Tehran' })).toBeInTheDocument();
		expect(screen.queryByText('يذكر طهران')).toBeNull();
		expect(screen.queryByText('Sample answer')).toBeNull();
		const toggle = screen.getByRole('button', { name: 'Show in Arabic' });
		await user.click(toggle);
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(screen.getByText('يذكر طهران')).toHaveAttribute('lang', 'ar');
		expect(screen.getByText('يذكر طهران').closest('label')).toHaveTextContent('Names Tehran');
	});

	it('collects the text and the points ticked by keyboard', async () => {
		const { user, response } = renderPlayer(FreeResponsePlayer, q);
		await user.type(screen.getByRole('textbox'), 'زار طهران');
		screen.getByRole('checkbox', { name: 'Names the chief of staff' }).focus();
		await user.keyboard(' ');
		await user.tab({ shift: true });
		await user.keyboard(' ');
		expect(response()).toEqual({ kind: 'free-response', text: 'زار طهران', checked: [0, 1] });
	});

	it('locks under a grade, shows the sample answer and marks each point in words', () => {
		renderPlayer(FreeResponsePlayer, q, {
			initial: { kind: 'free-response', text: 'زار طهران', checked: [0] },
			grade: gradeOf('partial', [
				{ id: '0', correct: true },
				{ id: '1', correct: false }
			])
		});
		expect(screen.getByRole('textbox')).toBeDisabled();
		expect(screen.getByText('Names Tehran').closest('label')).toHaveTextContent('✓ Right');
		expect(screen.getByText('Names the chief of staff').closest('label')).toHaveTextContent(
			'✗ Wrong'
		);
		expect(screen.getByText('Sample answer')).toBeInTheDocument();
	});

	it('shows the sample answer, in Arabic, as the solution', () => {
		renderPlayer(FreeResponsePlayer, q, { showSolution: true });
		expect(screen.getByText('وصل الوزير إلى طهران والتقى رئيس الأركان.')).toHaveAttribute(
			'lang',
			'ar'
		);
	});
});
