/**
 * A two-question quiz on screen, its mode chosen, for the tests of what happens when the graders
 * cannot be fetched (each test file mocks their module failing: once fetched, they stay).
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import Quiz from '../../../src/lib/components/practice/Quiz.svelte';
import { loadPlayer } from '../../../src/lib/components/questions/registry';
import { QuizSession } from '../../../src/lib/state/quiz-session.svelte';
import { lesson, question } from '../questions/fixtures';
import { MemoryLog } from './memory-log';

export const questions = [
	question('true-false-not-stated', { id: 'q1', answer: 'true' }),
	question('true-false-not-stated', { id: 'q2', answer: 'false' })
];

/** `mode` null: a quiz whose stored run already has its mode (reopened). */
export async function twoQuestionQuiz(
	mode: 'Practice mode' | 'Test mode' | null,
	log = new MemoryLog()
) {
	await Promise.all([
		loadPlayer('true-false-not-stated'),
		import('../../../src/lib/components/practice/QuizScore.svelte')
	]);
	const session = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log });
	await session.load();
	const user = userEvent.setup();
	render(Quiz, { session });
	if (mode) await user.click(screen.getByRole('button', { name: mode }));
	await waitFor(() =>
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Question 1/u)
	);
	return { user, log };
}
