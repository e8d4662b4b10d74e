/**
 * The quiz fetches what shows a question once the learner has a mode, not while the choice of mode
 * is on screen (issue 12). When that fetch fails (offline before the app was installed), the quiz
 * says so and offers Try again, which shows the question once the code arrives.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import Quiz from '../../../src/lib/components/practice/Quiz.svelte';
import { loadPlayer } from '../../../src/lib/components/questions/registry';
import { QuizSession } from '../../../src/lib/state/quiz-session.svelte';
import { MemoryLog } from './memory-log';
import { lesson } from '../questions/fixtures';
import { questions } from './offline-quiz';

const network = vi.hoisted(() => ({ up: false, fetches: 0 }));
vi.mock('../../../src/lib/components/practice/quiz-question-parts.ts', async (importOriginal) => {
	network.fetches++;
	if (!network.up) throw new TypeError('Failed to fetch dynamically imported module');
	return importOriginal();
});

it('fetches the question with the mode; if it cannot, says so and tries again on request', async () => {
	await loadPlayer('true-false-not-stated');
	const session = new QuizSession({
		lesson,
		setId: 'set',
		questions,
		passMark: 0.6,
		log: new MemoryLog()
	});
	await session.load();
	const user = userEvent.setup();
	render(Quiz, { session });
	expect(screen.getByRole('button', { name: 'Practice mode' })).toBeInTheDocument();
	expect(network.fetches).toBe(0);

	await user.click(screen.getByRole('button', { name: 'Practice mode' }));
	const notice = await screen.findByText(
		'The question could not be loaded: the page could not fetch what it needs. Check your connection, then press Try again. Your answers are kept.'
	);
	expect(notice.closest('[role="alert"]')).not.toBeNull();
	expect(screen.queryByRole('radio')).toBeNull();

	network.up = true;
	await user.click(screen.getByRole('button', { name: 'Try again' }));
	expect(await screen.findByRole('heading', { name: /^Question 1 of 2/u })).toBeInTheDocument();
	expect(screen.getByRole('radio', { name: 'True' })).toBeInTheDocument();
	expect(screen.queryByText(/could not be loaded/u)).toBeNull();
});
