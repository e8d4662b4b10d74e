import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import OrderingPlayer from '../../../src/lib/kinds/ordering/OrderingPlayer.svelte';
import { gradeOf, question } from './fixtures';
import { renderPlayer } from './render';

const q = question('ordering', {
	prompt: { ar: 'رتّب الأحداث.', en: 'Put the events in order.' },
	items: [
		{ id: 'arrive', text: 'وصل إلى طهران' },
		{ id: 'meet', text: 'التقى رئيس الأركان' },
		{ id: 'visit', text: 'زار معرضا' }
	]
});
const start = { kind: 'ordering' as const, order: ['visit', 'arrive', 'meet'] };

const listed = () =>
	within(screen.getByRole('group', { name: /رتّب الأحداث/ }))
		.getAllByRole('listitem')
		.map((li) => li.textContent!.trim());

describe('OrderingPlayer', () => {
	it('lists the items in the response order, numbered, with Arabic text', () => {
		renderPlayer(OrderingPlayer, q, { initial: start });
		expect(listed()).toEqual([
			expect.stringMatching(/^1\.\s*زار معرضا/),
			expect.stringMatching(/^2\.\s*وصل إلى طهران/),
			expect.stringMatching(/^3\.\s*التقى رئيس الأركان/)
		]);
		expect(screen.getByText('زار معرضا')).toHaveAttribute('lang', 'ar');
		expect(screen.getByText('زار معرضا')).toHaveAttribute('dir', 'rtl');
		expect(screen.getByRole('button', { name: 'Move up: زار معرضا' })).toBeDisabled();
	});

	it('moves items with buttons, keeps focus on the moved item and announces its place', async () => {
		const { user, response } = renderPlayer(OrderingPlayer, q, { initial: start });
		screen.getByRole('button', { name: 'Move down: زار معرضا' }).focus();
		await user.keyboard('{Enter}');
		expect(response().order).toEqual(['arrive', 'visit', 'meet']);
		expect(screen.getByText('زار معرضا: now 2 of 3')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Move down: زار معرضا' })).toHaveFocus();
		await user.keyboard(' ');
		expect(response().order).toEqual(['arrive', 'meet', 'visit']);
		// At the bottom "move down" is disabled, so focus goes to the item's "move up".
		expect(screen.getByRole('button', { name: 'Move up: زار معرضا' })).toHaveFocus();
		expect(screen.getByText('زار معرضا: now 3 of 3')).toBeInTheDocument();
	});

	it('locks under a grade (no move buttons) and marks each item in words', () => {
		renderPlayer(OrderingPlayer, q, {
			initial: start,
			grade: gradeOf('partial', [
				{ id: 'visit', correct: false },
				{ id: 'arrive', correct: true },
				{ id: 'meet', correct: true }
			])
		});
		expect(screen.queryAllByRole('button', { name: /Move/ })).toHaveLength(0);
		expect(listed()[0]).toContain('✗ Wrong');
		expect(listed()[1]).toContain('✓ Right');
	});

	it('shows the right order as the solution', () => {
		renderPlayer(OrderingPlayer, q, { initial: start, showSolution: true });
		const solution = screen.getByText('Right order:').parentElement!;
		expect(
			within(solution)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(['وصل إلى طهران', 'التقى رئيس الأركان', 'زار معرضا']);
	});
});
