/**
 * What checks answers is fetched as code when a learner first answers (issue 12). When that fetch
 * fails (offline before the app was installed), Check says so, the answer stays as the learner left
 * it and nothing is recorded; the next Check tries again.
 */
import { screen } from '@testing-library/svelte';
import { expect, it, vi } from 'vitest';
import { twoQuestionQuiz } from './offline-quiz';

const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../../src/lib/domain/grading/index.ts', async (importOriginal) => {
	if (!network.up) throw new TypeError('Failed to fetch dynamically imported module');
	return importOriginal();
});

it('says an answer could not be checked, keeps it, and checks it on the next press', async () => {
	const { user, log } = await twoQuestionQuiz('Practice mode');
	await user.click(screen.getByRole('radio', { name: 'True' }));
	await user.click(screen.getByRole('button', { name: 'Check' }));
	const notice = await screen.findByText(
		'Your answer could not be checked: the page could not load what it needs. Check your connection, then press Check again. Your answer is kept.'
	);
	expect(notice.closest('[role="alert"]')).not.toBeNull();
	expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
	expect(screen.getByRole('radio', { name: 'True' })).toBeEnabled();
	expect(screen.queryByText('Correct')).toBeNull();
	expect(log.attempts).toHaveLength(0);

	network.up = true;
	await user.click(screen.getByRole('button', { name: 'Check' }));
	expect(await screen.findByText('Correct')).toBeInTheDocument();
	expect(screen.queryByText(/could not be checked/u)).toBeNull();
	expect(log.attempts.map((a) => a.grade.verdict)).toEqual(['correct']);
});
