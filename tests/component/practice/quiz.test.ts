import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import Quiz from '../../../src/lib/components/practice/Quiz.svelte';
import { loadPlayer } from '../../../src/lib/components/questions/registry';
import { QuizSession } from '../../../src/lib/state/quiz-session.svelte';
import { lesson, question } from '../questions/fixtures';
import { MemoryLog } from './memory-log';

const questions = [
	question('true-false-not-stated', { id: 'q1', answer: 'true' }),
	question('single-choice', {
		id: 'q2',
		evidence: ['p2.s2'],
		explanation: {
			en: 'The second paragraph names the exhibition.',
			ar: 'تذكر الفقرة الثانية المعرض.'
		},
		options: [
			{ id: 'drones', text: 'معرض للطائرات', correct: true },
			{ id: 'tanks', text: 'دبابات', correct: false }
		]
	}),
	question('short-answer', {
		id: 'q3',
		answerLanguage: 'ar',
		accepted: [{ text: 'طهران' }]
	})
];

// The app loads players and later screens when needed (from the offline cache once installed);
// here they are loaded up front, so each step shows at once.
beforeAll(async () => {
	await Promise.all([
		...questions.map((q) => loadPlayer(q.kind)),
		import('../../../src/lib/components/practice/QuizScore.svelte'),
		import('../../../src/lib/components/practice/QuizReview.svelte'),
		import('../../../src/lib/components/practice/EvidenceArticle.svelte'),
		import('../../../src/lib/components/practice/storage-messages')
	]);
});

async function setup(log = new MemoryLog(), now = () => 1000) {
	const session = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log, now });
	await session.load();
	const user = userEvent.setup();
	render(Quiz, { session });
	return { user, session, log };
}

const heading = () => screen.getByRole('heading', { level: 2 });

describe('quiz', () => {
	it('shows one question at a time with a labelled progress bar, checks, retries and moves', async () => {
		const { user, log } = await setup();
		const progress = screen.getByRole('progressbar', { name: 'Answered: 0 of 3' });
		expect(progress).toHaveAttribute('max', '3');
		expect(heading()).toHaveTextContent('Question 1 of 3');

		// An empty answer is a prompt, not a wrong answer, and is not stored.
		await user.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByText(/No answer yet/u)).toBeInTheDocument();
		expect(log.attempts).toHaveLength(0);

		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByText('Not correct')).toBeInTheDocument();
		expect(screen.getByRole('progressbar', { name: 'Answered: 1 of 3' })).toBeInTheDocument();
		expect(log.attempts.map((a) => a.grade.verdict)).toEqual(['incorrect']);

		// Check turned into Try again, in place.
		await user.click(screen.getByRole('button', { name: 'Try again' }));
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByText('Correct')).toBeInTheDocument();
		expect(log.attempts.map((a) => a.grade.verdict)).toEqual(['incorrect', 'correct']);

		expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(heading()).toHaveTextContent('Question 2 of 3');
		expect(heading()).toHaveFocus();
		expect(log.progress.get('test-article:set')).toMatchObject({ index: 1, phase: 'question' });
		await user.click(screen.getByRole('button', { name: 'Previous' }));
		// The answer given is still there, locked with its verdict.
		expect(screen.getByRole('radio', { name: /^True/u })).toBeChecked();
		expect(screen.getByText('Correct')).toBeInTheDocument();
	});

	it('prompts for unanswered questions, then counts them 0 and says so', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		expect(screen.getByText(/Not answered yet: 2\./u)).toBeInTheDocument();
		// The prompt leads to each unanswered question.
		await user.click(screen.getByRole('button', { name: 'Go to question 3' }));
		expect(heading()).toHaveTextContent('Question 3 of 3');
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('button', { name: 'Finish now' }));

		expect(heading()).toHaveTextContent('Your score');
		expect(screen.getByText('1 of 3 points (33%)')).toBeInTheDocument();
		expect(screen.getByText(/Pass mark: 60%/u)).toBeInTheDocument();
		expect(screen.getByText('Not passed')).toBeInTheDocument();
		expect(screen.getByText(/Not passed yet\. Read the review/u)).toBeInTheDocument();
		expect(screen.getByText('Unanswered questions, counted as 0 points: 2.')).toBeInTheDocument();
	});

	it('words the feedback by score range', async () => {
		const { user, session } = await setup();
		const answer = async (act: () => Promise<void>) => {
			await act();
			await user.click(screen.getByRole('button', { name: 'Check' }));
			await user.click(screen.getByRole('button', { name: 'Next' }));
		};
		await answer(() => user.click(screen.getByRole('radio', { name: 'True' })));
		await answer(() => user.click(screen.getByRole('radio', { name: /معرض للطائرات/u })));
		await user.type(screen.getByRole('textbox', { name: 'Your answer (in Arabic)' }), 'طهران');
		await user.click(screen.getByRole('button', { name: 'Check' }));
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		expect(session.summary.band).toBe('excellent');
		expect(screen.getByText('3 of 3 points (100%)')).toBeInTheDocument();
		expect(screen.getByText(/^Excellent/u)).toBeInTheDocument();
		expect(screen.getByText('Passed')).toBeInTheDocument();
	});

	it('counts a question 0 when its solution was shown before checking', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Show solution' }));
		expect(screen.getByText(/counts 0 points/u)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Show solution' })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
		await user.click(screen.getByRole('radio', { name: /^True/u }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('button', { name: 'Finish now' }));
		expect(screen.getByText('0 of 3 points (0%)')).toBeInTheDocument();
		expect(screen.getByText(/solution you showed before checking.*: 1\./u)).toBeInTheDocument();
	});

	it('reviews each answer with its evidence marked in the article, by keyboard', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Next' }));
		await user.click(screen.getByRole('radio', { name: /دبابات/u }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('button', { name: 'Finish now' }));
		await user.click(screen.getByRole('button', { name: 'Review the answers' }));

		await waitFor(() => expect(screen.getByRole('heading', { name: 'Review' })).toHaveFocus());
		const items = screen.getAllByRole('listitem').filter((li) => li.querySelector('h3'));
		expect(items).toHaveLength(3);
		const second = items[1]!;
		expect(within(second).getByText('Not correct')).toBeInTheDocument();
		expect(
			within(second).getByText('The second paragraph names the exhibition.')
		).toBeInTheDocument();
		expect(within(items[0]!).getByText('Not answered: counts 0 points.')).toBeInTheDocument();

		await user.click(
			within(second).getByRole('button', { name: 'Show the evidence in the article' })
		);
		const article = screen.getByRole('region', { name: 'The article' });
		const marks = article.querySelectorAll('mark');
		expect(marks).toHaveLength(1);
		expect(marks[0]).toHaveTextContent('Evidence وزار معرضا للطائرات.');
		await waitFor(() => expect(marks[0]).toHaveFocus());
		await user.tab();
		expect(screen.getByRole('button', { name: 'Back to question 2' })).toHaveFocus();
		await user.keyboard('{Enter}');
		await waitFor(() => expect(screen.getByRole('heading', { name: 'Question 2' })).toHaveFocus());
	});

	it('resumes where the learner was, with their checked answers', async () => {
		const log = new MemoryLog();
		const first = await setup(log);
		await first.user.click(screen.getByRole('radio', { name: 'True' }));
		await first.user.click(screen.getByRole('button', { name: 'Check' }));
		await first.user.click(screen.getByRole('button', { name: 'Next' }));
		document.body.innerHTML = '';

		const again = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log });
		await again.load();
		expect(again.position).toEqual({ phase: 'question', index: 1 });
		expect(again.items[0]!.grade?.verdict).toBe('correct');
		expect(again.done).toBe(1);
	});

	it('says plainly when an answer could not be stored', async () => {
		const log = new MemoryLog();
		log.failing = 'quota';
		const { user } = await setup(log);
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		expect(await screen.findByText(/out of storage space/u)).toBeInTheDocument();
		// The answer is still checked on screen.
		expect(screen.getByText('Correct')).toBeInTheDocument();
	});
});
