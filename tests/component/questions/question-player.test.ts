import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { lesson, question } from './fixtures';
import QuestionPlayerHarness from './QuestionPlayerHarness.svelte';

const questions = [
	question('true-false-not-stated', {
		id: 'q1',
		answer: 'true',
		hints: [{ en: 'A hint', ar: 'تلميح' }]
	}),
	question('short-answer', {
		id: 'q2',
		prompt: { ar: 'ما اسم المدينة؟', en: 'What is the city called?' },
		answerLanguage: 'ar',
		accepted: [{ text: 'طهران' }],
		hints: [{ en: 'A hint', ar: 'تلميح' }]
	})
];

it('renders each question with its kind’s player, starting afresh for the next one', async () => {
	const user = userEvent.setup();
	render(QuestionPlayerHarness, { questions, lesson });
	await user.click(await screen.findByRole('radio', { name: 'Not stated' }));
	await user.click(screen.getByRole('button', { name: 'Show a hint (1 of 1)' }));
	expect(screen.getByText('A hint')).toBeInTheDocument();

	await user.click(screen.getByRole('button', { name: 'Next question' }));
	expect(await screen.findByText('ما اسم المدينة؟')).toBeInTheDocument();
	expect(screen.queryByRole('radio')).toBeNull();
	expect(screen.queryByText('A hint')).toBeNull();
	await user.type(screen.getByRole('textbox', { name: 'Your answer (in Arabic)' }), 'طهران');
	expect(JSON.parse(screen.getByTestId('responses').textContent!)).toEqual([
		{ kind: 'true-false-not-stated', value: 'not-stated' },
		{ kind: 'short-answer', text: 'طهران' }
	]);
});
