import { expect, it, vi } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import type { Lesson } from '../../../src/lib/content/schema';
import type { NewAttempt } from '../../../src/lib/storage/attempts';
import type { ReviewCard } from '../../../src/lib/storage/review-cards';
import { withMissedWords } from '../../../src/lib/state/missed-words';
import type { PracticeLog } from '../../../src/lib/state/practice-log';

const lesson = (await loadLesson('shoigu-tehran-2023')) as Lesson;

function attempt(questionId: string, verdict: 'correct' | 'incorrect', checks = 1): NewAttempt {
	const grade = { verdict, score: verdict === 'correct' ? 1 : 0, points: 1 };
	return {
		lessonId: lesson.article.id,
		setId: 'vocabulary-7',
		questionId,
		response: { kind: 'single-choice', option: 'x' },
		grade: { ...grade, feedback: [], notes: [], parts: [] },
		answeredAt: Date.parse('2026-03-02T09:00:00.000Z'),
		mode: 'practice',
		first: grade,
		checks
	};
}

it('adds a typed card, due at once, for the word of a missed exercise, and records the answer', async () => {
	vi.stubGlobal('navigator', {});
	const recorded: NewAttempt[] = [];
	const log = { record: async (a: NewAttempt) => recorded.push(a) } as unknown as PracticeLog;
	const added: ReviewCard[] = [];
	const missed = withMissedWords(log, lesson, async (cards) => {
		added.push(...cards);
		return [...cards];
	});
	await missed.record(attempt('ex-meaning-wazir-1', 'incorrect'));
	await missed.record(attempt('ex-meaning-hadaf-2', 'correct'));
	await missed.record(attempt('ex-meaning-taziz-3', 'incorrect', 2));
	await missed.record(attempt('ex-meaning-match-4', 'incorrect'));
	expect(recorded).toHaveLength(4);
	expect(added.map((c) => [c.id, c.source, c.prompt, c.state, c.due])).toEqual([
		['shoigu-tehran-2023:wazir', 'missed', 'type', 'new', '2026-03-02T09:00:00.000Z']
	]);
	vi.unstubAllGlobals();
});

it('writes the card while the answer is being stored, not after it (a learner may leave at once)', async () => {
	vi.stubGlobal('navigator', {});
	let store: (value: unknown) => void = () => {};
	const log = {
		record: () => new Promise((resolve) => (store = resolve))
	} as unknown as PracticeLog;
	const added: ReviewCard[] = [];
	const missed = withMissedWords(log, lesson, async (cards) => {
		added.push(...cards);
		return [...cards];
	});
	const recording = missed.record(attempt('ex-meaning-wazir-1', 'incorrect'));
	await Promise.resolve();
	expect(added.map((c) => c.id)).toEqual(['shoigu-tehran-2023:wazir']);
	store({ id: 'stored' });
	await expect(recording).resolves.toEqual({ id: 'stored' });
	vi.unstubAllGlobals();
});

it('keeps the answer when the card cannot be written', async () => {
	vi.stubGlobal('navigator', {});
	const log = { record: async () => ({ id: 'stored' }) } as unknown as PracticeLog;
	const missed = withMissedWords(log, lesson, () => Promise.reject(new Error('quota')));
	await expect(missed.record(attempt('ex-meaning-wazir-1', 'incorrect'))).resolves.toEqual({
		id: 'stored'
	});
	vi.unstubAllGlobals();
});
