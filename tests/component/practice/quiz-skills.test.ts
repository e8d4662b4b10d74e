import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, it } from 'vitest';
import Quiz from '../../../src/lib/components/practice/Quiz.svelte';
import { loadPlayer } from '../../../src/lib/components/questions/registry';
import { QuizSession } from '../../../src/lib/state/quiz-session.svelte';
import { lesson, question } from '../questions/fixtures';
import { MemoryLog } from './memory-log';

const questions = [
	question('true-false-not-stated', { id: 'q1', answer: 'true', skill: 'reference' }),
	question('true-false-not-stated', { id: 'q2', answer: 'false', skill: 'literal', points: 2 }),
	question('true-false-not-stated', { id: 'q3', answer: 'true', skill: 'reference' })
];

beforeAll(async () => {
	await Promise.all([
		loadPlayer('true-false-not-stated'),
		import('../../../src/lib/components/practice/quiz-question-parts'),
		import('../../../src/lib/components/practice/QuizScore.svelte'),
		import('../../../src/lib/components/practice/QuizReview.svelte')
	]);
});

/** The rows of the per-skill table as [skill, points] text pairs. */
const skillRows = () =>
	within(screen.getByRole('table', { name: 'Score by reading skill' }))
		.getAllByRole('row')
		.slice(1)
		.map((row) => [
			within(row).getByRole('rowheader').textContent!.trim(),
			within(row).getByRole('cell').textContent!.trim()
		]);

it('stores each answer with its skill, and scores the quiz and the review per skill', async () => {
	const log = new MemoryLog();
	const session = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log });
	await session.load();
	const user = userEvent.setup();
	render(Quiz, { session });
	await user.click(screen.getByRole('button', { name: 'Practice mode' }));

	await user.click(screen.getByRole('radio', { name: 'True' }));
	await user.click(screen.getByRole('button', { name: 'Check' }));
	await user.click(screen.getByRole('button', { name: 'Next' }));
	await user.click(screen.getByRole('radio', { name: 'True' }));
	await user.click(screen.getByRole('button', { name: 'Check' }));
	expect(log.attempts.map((a) => [a.questionId, a.skill])).toEqual([
		['q1', 'reference'],
		['q2', 'literal']
	]);

	await user.click(screen.getByRole('button', { name: 'Finish' }));
	await user.click(screen.getByRole('button', { name: 'Finish now' }));
	expect(await screen.findByRole('heading', { name: 'Your score' })).toBeInTheDocument();
	// Stated facts first, as the skills are listed; q3 was not answered and counts 0.
	expect(skillRows()).toEqual([
		['Stated facts', '0 of 2'],
		['Reference', '1 of 2']
	]);

	await user.click(screen.getByRole('button', { name: 'Review the answers' }));
	expect(await screen.findByRole('heading', { name: 'Review' })).toBeInTheDocument();
	expect(skillRows()).toEqual([
		['Stated facts', '0 of 2'],
		['Reference', '1 of 2']
	]);
	const labels = screen.getAllByText(/^Skill: /u).map((p) => p.textContent);
	expect(labels).toEqual(['Skill: Reference', 'Skill: Stated facts', 'Skill: Reference']);
});
