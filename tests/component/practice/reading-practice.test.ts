import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import PracticeQuestion from '../../../src/lib/components/practice/PracticeQuestion.svelte';
import { loadPlayer } from '../../../src/lib/components/questions/registry';
import type { QuestionSet } from '../../../src/lib/content/question-schema';
import { QuizSession } from '../../../src/lib/state/quiz-session.svelte';
import { ReadingPractice } from '../../../src/lib/state/reading-practice.svelte';
import { lesson, question } from '../questions/fixtures';
import { MemoryLog } from './memory-log';

const tf = question('true-false-not-stated', { id: 'q1', answer: 'true' });
const sa = question('short-answer', {
	id: 'q2',
	answerLanguage: 'ar',
	accepted: [{ text: 'طهران' }]
});
const sets: QuestionSet[] = [
	{
		id: 'set',
		article: lesson.article.id,
		title: { ar: 'أسئلة', en: 'Questions' },
		passMark: 0.7,
		minPerSkill: 0,
		questions: [tf, sa]
	}
];

beforeAll(async () => {
	await Promise.all([loadPlayer('true-false-not-stated'), loadPlayer('short-answer')]);
});

/** The reading page's questions as a visit finds them: loaded from the log, then on screen. */
async function visit(log: MemoryLog, now = () => 1000) {
	const session = new ReadingPractice({ lesson, questionSets: sets, log, now });
	await session.load();
	for (const q of [tf, sa]) {
		const item = session.items[ReadingPractice.key('set', q.id)]!;
		render(PracticeQuestion, {
			item,
			lesson,
			idPrefix: `woven-${q.id}`,
			check: () => session.check('set', item)
		});
	}
	return { session, user: userEvent.setup() };
}

describe('practice while reading', () => {
	it('brings back each checked answer, locked with its verdict, on the next visit', async () => {
		const log = new MemoryLog();
		const first = await visit(log);
		await first.user.click(screen.getByRole('radio', { name: 'False' }));
		const [checkTf, checkSa] = screen.getAllByRole('button', { name: 'Check' });
		await first.user.click(checkTf!);
		await first.user.click(screen.getByRole('button', { name: 'Try again' }));
		await first.user.click(screen.getByRole('radio', { name: 'True' }));
		await first.user.click(checkTf!);
		await first.user.type(
			screen.getByRole('textbox', { name: 'Your answer (in Arabic)' }),
			'طهران'
		);
		await first.user.click(checkSa!);
		expect(
			log.attempts.map((a) => [a.setId, a.questionId, a.grade.verdict, a.first?.verdict])
		).toEqual([
			['woven:set', 'q1', 'incorrect', 'incorrect'],
			['woven:set', 'q1', 'correct', 'incorrect'],
			['woven:set', 'q2', 'correct', 'correct']
		]);
		document.body.innerHTML = '';

		const again = await visit(log);
		expect(screen.getByRole('radio', { name: /^True/u })).toBeChecked();
		expect(screen.getByRole('textbox', { name: 'Your answer (in Arabic)' })).toHaveValue('طهران');
		expect(screen.getAllByText('Correct')).toHaveLength(2);
		expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(2);
		// The first check is remembered too: q1 was first answered wrong.
		const q1 = again.session.items[ReadingPractice.key('set', 'q1')]!;
		expect([q1.first?.verdict, q1.checks]).toEqual(['incorrect', 2]);
	});

	it('brings back a half-typed answer, and one changed after Try again, unlocked', async () => {
		const log = new MemoryLog();
		const first = await visit(log);
		await first.user.click(screen.getByRole('radio', { name: 'False' }));
		await first.user.click(screen.getAllByRole('button', { name: 'Check' })[0]!);
		await first.user.click(screen.getByRole('button', { name: 'Try again' }));
		await first.user.click(screen.getByRole('radio', { name: 'True' }));
		await first.user.click(screen.getByRole('textbox', { name: 'Your answer (in Arabic)' }));
		await first.user.keyboard('طه');
		window.dispatchEvent(new Event('pagehide'));
		await waitFor(() => expect(log.drafts.size).toBe(2));
		document.body.innerHTML = '';

		const again = await visit(log);
		expect(screen.getByRole('textbox', { name: 'Your answer (in Arabic)' })).toHaveValue('طه');
		// q1 was being changed after a check: it comes back unlocked, with the change.
		expect(screen.getByRole('radio', { name: /^True/u })).toBeChecked();
		expect(screen.getAllByRole('button', { name: 'Check' })).toHaveLength(2);
		const q1 = again.session.items[ReadingPractice.key('set', 'q1')]!;
		expect([q1.first?.verdict, q1.checks]).toEqual(['incorrect', 1]);
		await again.user.click(screen.getAllByRole('button', { name: 'Check' })[0]!);
		await waitFor(() =>
			expect([...log.drafts.keys()]).toEqual([`answer:${lesson.article.id}:woven:set:q2`])
		);
	});

	it('shows the questions blank, and says so, when the stored answers cannot be read', async () => {
		const log = new MemoryLog();
		log.list = () => Promise.reject(new Error('broken'));
		const { session } = await visit(log);
		expect(session.error).toBe('unknown');
		expect(screen.getByRole('radio', { name: 'True' })).not.toBeChecked();
		expect(screen.getAllByRole('button', { name: 'Check' })).toHaveLength(2);
	});
});

describe('one way to record practice', () => {
	it('records an answer given while reading as the quiz records it, apart from the set id', async () => {
		const readingLog = new MemoryLog();
		const reading = new ReadingPractice({
			lesson,
			questionSets: sets,
			log: readingLog,
			now: () => 5000
		});
		await reading.load();
		const item = reading.items[ReadingPractice.key('set', 'q1')]!;
		item.response = { kind: 'true-false-not-stated', value: 'true' };
		await reading.check('set', item);

		const quizLog = new MemoryLog();
		const quiz = new QuizSession({
			lesson,
			setId: 'set',
			questions: [tf],
			passMark: 0.7,
			log: quizLog,
			now: () => 5000
		});
		await quiz.load();
		quiz.choose('practice');
		quiz.current.response = { kind: 'true-false-not-stated', value: 'true' };
		quiz.check();
		await Promise.resolve();

		const [fromReading] = readingLog.attempts;
		const [fromQuiz] = quizLog.attempts;
		expect(fromReading).toMatchObject({
			lessonId: lesson.article.id,
			setId: 'woven:set',
			questionId: 'q1',
			mode: 'practice',
			answeredAt: 5000,
			checks: 1,
			response: { kind: 'true-false-not-stated', value: 'true' },
			first: { verdict: 'correct', score: 1 }
		});
		expect({ ...fromReading, setId: 'set' }).toEqual(fromQuiz);
	});
});
