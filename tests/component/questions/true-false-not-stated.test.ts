import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TrueFalseNotStatedPlayer from '../../../src/lib/kinds/true-false-not-stated/TrueFalseNotStatedPlayer.svelte';
import { gradeOf, question } from './fixtures';
import { renderPlayer } from './render';

const q = question('true-false-not-stated', {
	prompt: { ar: 'زار الوزير معرضا للطائرات.', en: 'The minister visited a drone exhibition.' },
	answer: 'true',
	feedback: { false: { en: 'Look at paragraph 2.', ar: 'انظر الفقرة 2.' } }
});

describe('TrueFalseNotStatedPlayer', () => {
	it('shows the statement in Arabic and three choices', () => {
		renderPlayer(TrueFalseNotStatedPlayer, q);
		const statement = screen.getByText('زار الوزير معرضا للطائرات.');
		expect(statement).toHaveAttribute('lang', 'ar');
		expect(statement).toHaveAttribute('dir', 'rtl');
		expect(screen.getByRole('group', { name: /true, false, or not stated/ })).toBeVisible();
		expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
			'true',
			'false',
			'not-stated'
		]);
		expect(screen.getByRole('radio', { name: 'Not stated' })).toBeInTheDocument();
	});

	it('is answered by keyboard', async () => {
		const { user, response } = renderPlayer(TrueFalseNotStatedPlayer, q);
		screen.getByRole('radio', { name: 'True' }).focus();
		await user.keyboard(' ');
		expect(response()).toEqual({ kind: 'true-false-not-stated', value: 'true' });
		await user.keyboard('{ArrowDown}{ArrowDown}');
		expect(response()).toEqual({ kind: 'true-false-not-stated', value: 'not-stated' });
	});

	it('locks under a grade and marks the choice made', () => {
		renderPlayer(TrueFalseNotStatedPlayer, q, {
			initial: { kind: 'true-false-not-stated', value: 'false' },
			grade: gradeOf('incorrect', [{ id: 'false', correct: false }], {
				feedback: [{ en: 'Look at paragraph 2.', ar: 'انظر الفقرة 2.' }]
			})
		});
		expect(screen.getByRole('radio', { name: /False/ })).toBeDisabled();
		expect(screen.getByText('False').closest('label')).toHaveTextContent('✗ Wrong');
		expect(screen.getByText('True').closest('label')).not.toHaveTextContent(/Right|Wrong/);
		expect(screen.getByText('Look at paragraph 2.')).toHaveAttribute('lang', 'en');
	});

	it('marks the right value when the solution is shown', () => {
		renderPlayer(TrueFalseNotStatedPlayer, q, { showSolution: true });
		expect(screen.getByText('True').closest('label')).toHaveTextContent('Right answer');
		expect(screen.getByText('False').closest('label')).not.toHaveTextContent('Right answer');
	});
});
