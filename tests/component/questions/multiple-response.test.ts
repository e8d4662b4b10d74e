import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MultipleResponsePlayer from '../../../src/lib/kinds/multiple-response/MultipleResponsePlayer.svelte';
import { gradeOf, question } from './fixtures';
import { renderPlayer } from './render';

const q = question('multiple-response', {
	prompt: { ar: 'ماذا فعل الوزير؟', en: 'What did the minister do?' },
	options: [
		{ id: 'met', text: 'التقى رئيس الأركان', correct: true },
		{ id: 'visited', text: 'زار معرضا', correct: true },
		{ id: 'spoke', text: 'ألقى خطابا', correct: false }
	]
});

const label = (text: string) => screen.getByText(text).closest('label')!;

describe('MultipleResponsePlayer', () => {
	it('shows checkboxes labelled with the Arabic options', () => {
		renderPlayer(MultipleResponsePlayer, q);
		expect(screen.getByRole('group', { name: /Choose every answer that fits/ })).toBeVisible();
		expect(screen.getAllByRole('checkbox')).toHaveLength(3);
		expect(screen.getByText('زار معرضا')).toHaveAttribute('lang', 'ar');
		expect(screen.getByText('زار معرضا')).toHaveAttribute('dir', 'rtl');
	});

	it('is answered by keyboard, and keeps the options in their order', async () => {
		const { user, response } = renderPlayer(MultipleResponsePlayer, q);
		screen.getByRole('checkbox', { name: 'ألقى خطابا' }).focus();
		await user.keyboard(' ');
		await user.tab({ shift: true });
		await user.keyboard(' ');
		expect(response()).toEqual({ kind: 'multiple-response', options: ['visited', 'spoke'] });
		await user.keyboard(' ');
		expect(response()).toEqual({ kind: 'multiple-response', options: ['spoke'] });
	});

	it('locks under a grade: right, wrong and missed choices each say so', () => {
		renderPlayer(MultipleResponsePlayer, q, {
			initial: { kind: 'multiple-response', options: ['met', 'spoke'] },
			grade: gradeOf('partial', [
				{ id: 'met', correct: true },
				{ id: 'visited', correct: false },
				{ id: 'spoke', correct: false }
			])
		});
		for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
		expect(label('التقى رئيس الأركان')).toHaveTextContent('✓ Right');
		expect(label('ألقى خطابا')).toHaveTextContent('✗ Wrong');
		expect(label('زار معرضا')).toHaveTextContent('Missed');
		expect(screen.getByText('Partly correct')).toBeInTheDocument();
	});

	it('marks every right option when the solution is shown', () => {
		renderPlayer(MultipleResponsePlayer, q, { showSolution: true });
		expect(label('التقى رئيس الأركان')).toHaveTextContent('Right answer');
		expect(label('زار معرضا')).toHaveTextContent('Right answer');
		expect(label('ألقى خطابا')).not.toHaveTextContent('Right answer');
	});
});
