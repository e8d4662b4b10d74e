/**
 * What checks answers is fetched as code when a learner first answers (issue 12). When that fetch
 * fails, Finish in a test says so, its answers stay as the learner left them and nothing is
 * recorded; the next Finish tries again. A quiz reopened then shows its checked answers locked with
 * the verdicts they were stored with (another try must not count).
 */
import { screen, waitFor } from '@testing-library/svelte';
import { expect, it, vi } from 'vitest';
import { MemoryLog } from './memory-log';
import { questions, twoQuestionQuiz } from './offline-quiz';

const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../../src/lib/domain/grading/index.ts', async (importOriginal) => {
	if (!network.up) throw new TypeError('Failed to fetch dynamically imported module');
	return importOriginal();
});

it('reopened without the graders, shows a checked answer locked with its stored verdict', async () => {
	const log = new MemoryLog();
	const place = { lessonId: 'test-article', setId: 'set', mode: 'practice' as const };
	await log.saveProgress({
		...place,
		phase: 'question',
		index: 0,
		revealed: [],
		drafts: {},
		startedAt: 1000,
		updatedAt: 2000
	});
	const wrong = { verdict: 'incorrect' as const, score: 0, points: 0 };
	await log.record({
		...place,
		questionId: 'q1',
		skill: questions[0]!.skill,
		response: { kind: 'true-false-not-stated', value: 'false' },
		grade: { ...wrong, feedback: [], notes: [], parts: [] },
		answeredAt: 1500,
		first: wrong,
		checks: 1
	});
	await twoQuestionQuiz(null, log);
	expect(screen.getByText('Not correct')).toBeInTheDocument();
	expect(screen.getByRole('radio', { name: 'False' })).toBeChecked();
	expect(screen.getByRole('radio', { name: 'True' })).toBeDisabled();
	expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
});

it('says a test could not be graded at Finish, keeps its answers, and grades them on the next press', async () => {
	const { user, log } = await twoQuestionQuiz('Test mode');
	await user.click(screen.getByRole('radio', { name: 'True' }));
	await user.click(screen.getByRole('button', { name: 'Next' }));
	await user.click(screen.getByRole('radio', { name: 'False' }));
	// Without the graders no answer counts yet: the learner is asked, and finishes all the same.
	await user.click(screen.getByRole('button', { name: 'Finish' }));
	await user.click(screen.getByRole('button', { name: 'Finish now' }));
	const notice = await screen.findByText(
		'Your answers could not be graded: the page could not load what it needs. Check your connection, then press Finish again. Your answers are kept.'
	);
	expect(notice.closest('[role="alert"]')).not.toBeNull();
	expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Question 2/u);
	expect(screen.getByRole('radio', { name: 'False' })).toBeChecked();
	expect(log.attempts).toHaveLength(0);

	network.up = true;
	await user.click(screen.getByRole('button', { name: 'Finish' }));
	await user.click(screen.getByRole('button', { name: 'Finish now' }));
	await waitFor(() =>
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Your score')
	);
	expect(screen.getByText('2 of 2 points (100%)')).toBeInTheDocument();
	expect(log.attempts.map((a) => a.grade.verdict)).toEqual(['correct', 'correct']);
});
