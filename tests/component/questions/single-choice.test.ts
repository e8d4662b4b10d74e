import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SingleChoicePlayer from '../../../src/lib/kinds/single-choice/SingleChoicePlayer.svelte';
import { gradeOf, question } from './fixtures';
import { renderPlayer } from './render';

const q = question('single-choice', {
	options: [
		{ id: 'shoigu', text: 'وزير الدفاع الروسي', correct: true },
		{
			id: 'lavrov',
			text: 'وزير الخارجية الروسي',
			correct: false,
			feedback: { en: 'Not him.', ar: 'ليس هو.' }
		},
		{ id: 'raisi', text: 'الرئيس الإيراني', correct: false }
	]
});

describe('SingleChoicePlayer', () => {
	it('shows the Arabic prompt and options as Arabic, in a group named by the prompt', () => {
		renderPlayer(SingleChoicePlayer, q);
		const prompt = screen.getByText('من وصل إلى طهران؟');
		expect(prompt).toHaveAttribute('lang', 'ar');
		expect(prompt).toHaveAttribute('dir', 'rtl');
		const group = screen.getByRole('group', { name: /من وصل إلى طهران؟.*Choose one answer/ });
		expect(within(group).getAllByRole('radio')).toHaveLength(3);
		const option = screen.getByText('وزير الخارجية الروسي');
		expect(option).toHaveAttribute('lang', 'ar');
		expect(option).toHaveAttribute('dir', 'rtl');
	});

	it('is answered by keyboard: Tab to the options, arrows to move, Space to choose', async () => {
		const { user, response } = renderPlayer(SingleChoicePlayer, q);
		expect(response()).toEqual({ kind: 'single-choice', option: null });
		await user.tab(); // the English toggle
		await user.tab();
		expect(screen.getByRole('radio', { name: 'وزير الدفاع الروسي' })).toHaveFocus();
		await user.keyboard(' ');
		expect(response()).toEqual({ kind: 'single-choice', option: 'shoigu' });
		await user.keyboard('{ArrowDown}');
		expect(response()).toEqual({ kind: 'single-choice', option: 'lavrov' });
	});

	it('locks under a grade and marks the chosen option wrong and the missed one, in words', () => {
		renderPlayer(SingleChoicePlayer, q, {
			initial: { kind: 'single-choice', option: 'lavrov' },
			grade: gradeOf(
				'incorrect',
				[
					{ id: 'shoigu', correct: false },
					{ id: 'lavrov', correct: false },
					{ id: 'raisi', correct: true }
				],
				{ feedback: [{ en: 'Not him.', ar: 'ليس هو.' }] }
			)
		});
		for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
		const chosen = screen.getByText('وزير الخارجية الروسي').closest('label')!;
		expect(chosen).toHaveTextContent('✗ Wrong');
		const right = screen.getByText('وزير الدفاع الروسي').closest('label')!;
		expect(right).toHaveTextContent('Missed: this one is right');
		expect(screen.getByText('الرئيس الإيراني').closest('label')).not.toHaveTextContent(
			/Right|Wrong|Missed/
		);
		expect(screen.getByText('Not correct')).toBeInTheDocument();
		expect(screen.getByText('Not him.')).toBeInTheDocument();
	});

	it('marks the right option as the answer when the solution is shown', () => {
		renderPlayer(SingleChoicePlayer, q, { showSolution: true });
		expect(screen.getByText('وزير الدفاع الروسي').closest('label')).toHaveTextContent(
			'Right answer'
		);
		expect(screen.getByText('الرئيس الإيراني').closest('label')).not.toHaveTextContent(
			'Right answer'
		);
		expect(screen.getByText('The first paragraph says so.')).toBeInTheDocument();
	});
});
