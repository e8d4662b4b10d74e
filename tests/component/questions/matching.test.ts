import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MatchingPlayer from '../../../src/lib/kinds/matching/MatchingPlayer.svelte';
import { gradeOf, question } from './fixtures';
import { renderPlayer } from './render';

const q = question('matching', {
	prompt: { ar: 'طابق كل شخص بمنصبه.', en: 'Match each person with their post.' },
	pairs: [
		{ id: 'shoigu', left: 'شويغو', right: 'وزير الدفاع' },
		{ id: 'bagheri', left: 'باقري', right: 'رئيس الأركان' }
	],
	distractors: ['وزير الخارجية']
});

describe('MatchingPlayer', () => {
	it('gives each left-hand item a select, labelled by it, listing every right-hand item', () => {
		renderPlayer(MatchingPlayer, q);
		expect(screen.getByRole('group', { name: /طابق كل شخص بمنصبه/ })).toBeVisible();
		const select = screen.getByRole('combobox', { name: 'شويغو' });
		const options = [...select.querySelectorAll('option')];
		expect(options.map((o) => o.textContent)).toEqual([
			'Choose…',
			...['رئيس الأركان', 'وزير الخارجية', 'وزير الدفاع'].sort((a, b) => a.localeCompare(b, 'ar'))
		]);
		expect(options[1]).toHaveAttribute('lang', 'ar');
		expect(options[1]).toHaveAttribute('dir', 'rtl');
		expect(screen.getByText('باقري')).toHaveAttribute('lang', 'ar');
	});

	it('is answered by keyboard, without dragging', async () => {
		const { user, response } = renderPlayer(MatchingPlayer, q);
		expect(response()).toEqual({ kind: 'matching', matches: { shoigu: null, bagheri: null } });
		await user.tab();
		await user.tab();
		expect(screen.getByRole('combobox', { name: 'شويغو' })).toHaveFocus();
		await user.selectOptions(screen.getByRole('combobox', { name: 'شويغو' }), 'وزير الدفاع');
		await user.selectOptions(screen.getByRole('combobox', { name: 'باقري' }), 'وزير الخارجية');
		expect(response()).toEqual({
			kind: 'matching',
			matches: { shoigu: 'وزير الدفاع', bagheri: 'وزير الخارجية' }
		});
		await user.selectOptions(screen.getByRole('combobox', { name: 'باقري' }), 'Choose…');
		expect(response().matches.bagheri).toBeNull();
	});

	it('locks under a grade and marks each pair right or wrong in words', () => {
		renderPlayer(MatchingPlayer, q, {
			initial: { kind: 'matching', matches: { shoigu: 'وزير الدفاع', bagheri: 'وزير الخارجية' } },
			grade: gradeOf('partial', [
				{ id: 'shoigu', correct: true },
				{ id: 'bagheri', correct: false }
			])
		});
		const shoigu = screen.getByRole('combobox', { name: 'شويغو' });
		expect(shoigu).toBeDisabled();
		expect(shoigu).toHaveValue('وزير الدفاع');
		expect(shoigu.closest('li')).toHaveTextContent('✓ Right');
		expect(screen.getByRole('combobox', { name: 'باقري' }).closest('li')).toHaveTextContent(
			'✗ Wrong'
		);
	});

	it('shows the right match of each item as the solution', () => {
		renderPlayer(MatchingPlayer, q, { showSolution: true });
		expect(screen.getByRole('combobox', { name: 'باقري' }).closest('li')).toHaveTextContent(
			'Right match: رئيس الأركان'
		);
	});
});
