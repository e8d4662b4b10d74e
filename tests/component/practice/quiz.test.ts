import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import Quiz from '../../../src/lib/components/practice/Quiz.svelte';
import { loadPlayer } from '../../../src/lib/components/questions/registry';
import { QuizSession } from '../../../src/lib/state/quiz-session.svelte';
import { lesson, question } from '../questions/fixtures';
import { MemoryLog } from './memory-log';

const heading = () => screen.getByRole('heading', { level: 2 });

const questions = [
	question('true-false-not-stated', {
		id: 'q1',
		answer: 'true',
		hints: [{ en: 'Read the first paragraph.', ar: 'اقرأ الفقرة الأولى.' }],
		feedback: {
			true: { en: 'Yes: p1 says so.', ar: 'نعم: تقول الفقرة 1 ذلك.' },
			false: { en: 'p1 says the opposite.', ar: 'تقول الفقرة 1 العكس.' }
		}
	}),
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
		import('../../../src/lib/components/practice/quiz-question-parts'),
		import('../../../src/lib/components/practice/QuizScore.svelte'),
		import('../../../src/lib/components/practice/QuizReview.svelte'),
		import('../../../src/lib/components/practice/EvidenceArticle.svelte'),
		import('../../../src/lib/components/practice/storage-messages')
	]);
});

type ModeName = 'Practice mode' | 'Test mode';

/** A quiz on screen, its mode chosen by the learner (unless `mode` is null). */
async function setup(
	log = new MemoryLog(),
	now = () => 1000,
	mode: ModeName | null = 'Practice mode'
) {
	const session = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log, now });
	await session.load();
	const user = userEvent.setup();
	render(Quiz, { session });
	if (mode) {
		await user.click(screen.getByRole('button', { name: mode }));
		await waitFor(() => expect(heading()).toHaveTextContent(/^Question/u));
	}
	return { user, session, log };
}

/** The same quiz opened again on the same device (a reload). */
async function reopen(log: MemoryLog) {
	const session = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log });
	await session.load();
	render(Quiz, { session });
	return { session, user: userEvent.setup() };
}

describe('quiz', () => {
	it('shows one question at a time with a labelled progress bar, checks, retries and moves', async () => {
		const { user, log } = await setup();
		const progress = screen.getByRole('progressbar', { name: 'Answered: 0 of 3' });
		expect(progress).toHaveAttribute('max', '3');
		expect(heading()).toHaveTextContent('Question 1 of 3');

		// An empty answer is a prompt, not a wrong answer, and is not stored. (This first Check
		// fetches the graders: the feedback follows.)
		await user.click(screen.getByRole('button', { name: 'Check' }));
		expect(await screen.findByText(/No answer yet/u)).toBeInTheDocument();
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

	it('brings back a half-typed answer after the page was hidden and reloaded; checking deletes it', async () => {
		const log = new MemoryLog();
		const first = await setup(log);
		await first.user.click(screen.getByRole('button', { name: 'Next' }));
		await first.user.click(screen.getByRole('button', { name: 'Next' }));
		await first.user.click(screen.getByRole('textbox', { name: 'Your answer (in Arabic)' }));
		await first.user.keyboard('طهر');
		// The page is hidden (a phone switches app, an update reloads): the answer is written now.
		window.dispatchEvent(new Event('pagehide'));
		const id = `answer:${lesson.article.id}:set:q3`;
		await waitFor(() =>
			expect(log.drafts.get(id)?.response).toEqual({ kind: 'short-answer', text: 'طهر' })
		);
		document.body.innerHTML = '';

		const { user } = await reopen(log);
		expect(heading()).toHaveTextContent('Question 3 of 3');
		const field = screen.getByRole('textbox', { name: 'Your answer (in Arabic)' });
		expect(field).toHaveValue('طهر');
		await user.type(field, 'ان');
		await user.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByText('Correct')).toBeInTheDocument();
		await waitFor(() => expect(log.drafts.size).toBe(0));
		expect(log.attempts.map((a) => a.response)).toEqual([{ kind: 'short-answer', text: 'طهران' }]);
	});

	it('checks a typed answer when the learner presses Enter in the field', async () => {
		const { user, log } = await setup();
		await user.click(screen.getByRole('button', { name: 'Next' }));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		const field = screen.getByRole('textbox', { name: 'Your answer (in Arabic)' });
		await user.click(field);
		await user.keyboard('طهران{Enter}');
		expect(await screen.findByText('Correct')).toBeInTheDocument();
		expect(log.attempts.map((a) => a.response)).toEqual([{ kind: 'short-answer', text: 'طهران' }]);
		// Enter again neither checks twice nor starts a retry: the verdict stays.
		await user.keyboard('{Enter}');
		expect(screen.getByText('Correct')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
		expect(log.attempts).toHaveLength(1);
	});

	it('a drill (no mode to choose) brings back an answer half typed before any check', async () => {
		const log = new MemoryLog();
		const drill = () =>
			new QuizSession({
				lesson,
				setId: 'drill',
				questions: [questions[2]!],
				passMark: 0.6,
				log,
				mode: 'practice'
			});
		const first = drill();
		await first.load();
		const user = userEvent.setup();
		render(Quiz, { session: first });
		const field = await screen.findByRole('textbox', { name: 'Your answer (in Arabic)' });
		await user.click(field);
		await user.keyboard('طهر');
		window.dispatchEvent(new Event('pagehide'));
		await waitFor(() => expect(log.drafts.size).toBe(1));
		expect(log.progress.size).toBe(0);
		document.body.innerHTML = '';

		const again = drill();
		await again.load();
		render(Quiz, { session: again });
		expect(await screen.findByRole('textbox', { name: 'Your answer (in Arabic)' })).toHaveValue(
			'طهر'
		);
	});

	it('keeps a half-typed answer once the learner pauses, and forgets drafts on Start again', async () => {
		const log = new MemoryLog();
		const { user } = await setup(log);
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await waitFor(() => expect(log.drafts.size).toBe(1), { timeout: 2000 });
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('button', { name: 'Finish now' }));
		await waitFor(() => expect(log.drafts.size).toBe(0));
		await user.click(screen.getByRole('button', { name: 'Start again' }));
		await user.click(screen.getByRole('button', { name: 'Practice mode' }));
		await waitFor(() => expect(heading()).toHaveTextContent('Question 1 of 3'));
		expect(screen.getByRole('radio', { name: 'False' })).not.toBeChecked();
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

	it('scores the first check: a right answer on a second try earns nothing more', async () => {
		const { user, log } = await setup();
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		await user.click(screen.getByRole('button', { name: 'Try again' }));
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByText('Correct')).toBeInTheDocument();
		expect(
			screen.getByText('Your first check is what counts in the score: 0 of 1 points.')
		).toBeInTheDocument();
		// Both checks are stored, each with the first check's result beside its own.
		expect(log.attempts.map((a) => [a.grade.verdict, a.first?.verdict, a.checks, a.mode])).toEqual([
			['incorrect', 'incorrect', 1, 'practice'],
			['correct', 'incorrect', 2, 'practice']
		]);
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('button', { name: 'Finish now' }));
		expect(screen.getByText('0 of 3 points (0%)')).toBeInTheDocument();
		expect(
			screen.getByText('Practice mode: the score counts your first check of each question.')
		).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Review the answers' }));
		expect(
			await screen.findByText(
				'Your first check earned 0 of 1 points, and that is what counts in the score.'
			)
		).toBeInTheDocument();
	});

	it('asks for the mode first, with both modes named and explained', async () => {
		await setup(new MemoryLog(), () => 1000, null);
		expect(heading()).toHaveTextContent('How do you want to take this quiz?');
		expect(screen.getByRole('button', { name: 'Practice mode' })).toHaveAccessibleDescription(
			/first check of each question/u
		);
		expect(screen.getByRole('button', { name: 'Test mode' })).toHaveAccessibleDescription(
			/No feedback, hints or second tries until you finish/u
		);
		expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();
	});

	it('test mode: no feedback, hints, retries or solution until Finish; then score and review', async () => {
		const { user, log } = await setup(new MemoryLog(), () => 1000, 'Test mode');
		expect(screen.getByText('Test mode: your answers are graded when you finish.')).toBeVisible();
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Question 1 of 3');
		for (const name of ['Check', 'Try again', 'Show solution', /hint/iu])
			expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();

		await user.click(screen.getByRole('radio', { name: 'False' }));
		// The answer counts as given, but nothing says whether it is right.
		expect(screen.getByRole('progressbar', { name: 'Answered: 1 of 3' })).toBeInTheDocument();
		expect(screen.queryByText(/Not correct|Correct|p1 says/u)).not.toBeInTheDocument();
		expect(log.attempts).toHaveLength(0);
		// It can still be changed before Finish: only what stands at Finish is graded.
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		await user.click(screen.getByRole('radio', { name: /دبابات/u }));
		expect(screen.queryByText('Not correct')).not.toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('button', { name: 'Finish now' }));
		expect(heading()).toHaveTextContent('Your score');
		expect(screen.getByText('1 of 3 points (33%)')).toBeInTheDocument();
		expect(screen.getByText(/Pass mark: 60%/u)).toBeInTheDocument();
		expect(screen.getByText('Test mode: your answers are graded when you finish.')).toBeVisible();
		expect(log.attempts.map((a) => [a.questionId, a.grade.verdict, a.mode, a.checks])).toEqual([
			['q1', 'correct', 'test', 1],
			['q2', 'incorrect', 'test', 1]
		]);

		await user.click(screen.getByRole('button', { name: 'Review the answers' }));
		await waitFor(() => expect(screen.getByRole('heading', { name: 'Review' })).toHaveFocus());
		const items = screen.getAllByRole('listitem').filter((li) => li.querySelector('h3'));
		expect(within(items[0]!).getByText('Correct')).toBeInTheDocument();
		expect(within(items[0]!).getByText('Yes: p1 says so.')).toBeInTheDocument();
		expect(within(items[1]!).getByText('Not correct')).toBeInTheDocument();
	});

	it('keeps the mode and the unchecked test answers across a reload', async () => {
		const log = new MemoryLog();
		const first = await setup(log, () => 1000, 'Test mode');
		await first.user.click(screen.getByRole('radio', { name: 'True' }));
		await first.user.click(screen.getByRole('button', { name: 'Next' }));
		document.body.innerHTML = '';

		const again = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log });
		await again.load();
		render(Quiz, { session: again });
		expect(again.mode).toBe('test');
		expect(heading()).toHaveTextContent('Question 2 of 3');
		expect(screen.getByRole('progressbar', { name: 'Answered: 1 of 3' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Previous' }));
		expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
		expect(screen.queryByText('Correct')).not.toBeInTheDocument();
	});

	it('shows the choice of mode while the stored run is read, to be chosen only once it is', async () => {
		const log = new MemoryLog();
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const read = log.loadProgress.bind(log);
		log.loadProgress = async (lessonId, setId) => {
			await held;
			return read(lessonId, setId);
		};
		const session = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log });
		const loading = session.load();
		render(Quiz, { session });
		expect(heading()).toHaveTextContent('How do you want to take this quiz?');
		expect(screen.getByRole('button', { name: 'Practice mode' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Test mode' })).toBeDisabled();

		release();
		await loading;
		const user = userEvent.setup();
		await waitFor(() => expect(screen.getByRole('button', { name: 'Test mode' })).toBeEnabled());
		await user.click(screen.getByRole('button', { name: 'Test mode' }));
		await waitFor(() => expect(heading()).toHaveTextContent('Question 1 of 3'));
	});

	it('a run already under way comes back in place of the choice once it is read', async () => {
		const log = new MemoryLog();
		const first = await setup(log, () => 1000, 'Test mode');
		await first.user.click(screen.getByRole('button', { name: 'Next' }));
		document.body.innerHTML = '';

		const again = new QuizSession({ lesson, setId: 'set', questions, passMark: 0.6, log });
		const loading = again.load();
		render(Quiz, { session: again });
		expect(screen.getByRole('button', { name: 'Test mode' })).toBeDisabled();
		await loading;
		await waitFor(() => expect(heading()).toHaveTextContent('Question 2 of 3'));
		expect(screen.queryByRole('button', { name: 'Test mode' })).not.toBeInTheDocument();
	});

	it('starts a new run with the choice of mode again', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('button', { name: 'Finish now' }));
		await user.click(screen.getByRole('button', { name: 'Start again' }));
		expect(heading()).toHaveTextContent('How do you want to take this quiz?');
		expect(heading()).toHaveFocus();
	});

	it('test mode: an ordering left as it was shuffled is not an answer', async () => {
		const ordering = question('ordering', {
			id: 'order',
			items: [
				{ id: 'a', text: 'أولا' },
				{ id: 'b', text: 'ثانيا' },
				{ id: 'c', text: 'ثالثا' }
			]
		});
		await loadPlayer('ordering');
		const session = new QuizSession({
			lesson,
			setId: 'order-set',
			questions: [ordering],
			passMark: 0.6,
			log: new MemoryLog()
		});
		await session.load();
		const user = userEvent.setup();
		render(Quiz, { session });
		await user.click(screen.getByRole('button', { name: 'Test mode' }));
		expect(await screen.findByRole('progressbar', { name: 'Answered: 0 of 1' })).toBeVisible();
		const [down] = screen.getAllByRole('button', { name: /^Move down/u });
		await user.click(down!);
		expect(screen.getByRole('progressbar', { name: 'Answered: 1 of 1' })).toBeVisible();
	});
});
