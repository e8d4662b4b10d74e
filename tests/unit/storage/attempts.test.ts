import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Grade } from '../../../src/lib/domain/grading/types';
import {
	ATTEMPT_VERSION,
	listAttempts,
	loadQuizProgress,
	readAttempt,
	readQuizProgress,
	recordAttempt,
	runAttempts,
	saveQuizProgress,
	type NewAttempt,
	type NewQuizProgress
} from '../../../src/lib/storage/attempts';
import { closeDatabase, database } from '../../../src/lib/storage/db';

const grade: Grade = {
	verdict: 'correct',
	score: 1,
	points: 1,
	feedback: [{ en: 'Right.', ar: 'صحيح.' }],
	notes: [{ code: 'marks-ignored' }],
	parts: [{ id: 'talks', correct: true }]
};
const attempt = (questionId: string, answeredAt: number, option = 'talks'): NewAttempt => ({
	lessonId: 'shoigu-tehran-2023',
	setId: 'comprehension',
	questionId,
	response: { kind: 'single-choice', option },
	grade,
	answeredAt,
	mode: 'practice',
	first: { verdict: 'incorrect', score: 0, points: 0 },
	checks: 2
});
const progress: NewQuizProgress = {
	lessonId: 'shoigu-tehran-2023',
	setId: 'comprehension',
	mode: 'test',
	drafts: { 'sa-city': { kind: 'short-answer', text: 'طهران' } },
	phase: 'question',
	index: 3,
	revealed: ['sc-purpose'],
	startedAt: 100,
	updatedAt: 200
};

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
	vi.restoreAllMocks();
	closeDatabase();
});

describe('attempts', () => {
	it('appends every checked answer, stamped with its version, and lists them oldest first', async () => {
		const second = await recordAttempt(attempt('q1', 20, 'exhibition'));
		const first = await recordAttempt(attempt('q1', 10));
		expect(second).toMatchObject({ schemaVersion: ATTEMPT_VERSION, questionId: 'q1' });
		expect(second.id).not.toBe(first.id);
		const { attempts, unreadable } = await listAttempts('shoigu-tehran-2023', 'comprehension');
		expect(attempts.map((a) => a.answeredAt)).toEqual([10, 20]);
		expect(attempts[1]!.response).toEqual({ kind: 'single-choice', option: 'exhibition' });
		expect(attempts[0]!.grade).toEqual(grade);
		expect(unreadable).toBe(0);
	});

	it('lists only the lesson and set asked for', async () => {
		await recordAttempt(attempt('q1', 1));
		await recordAttempt({ ...attempt('q1', 2), setId: 'vocabulary-42' });
		await recordAttempt({ ...attempt('q1', 3), lessonId: 'other' });
		const { attempts } = await listAttempts('shoigu-tehran-2023', 'vocabulary-42');
		expect(attempts.map((a) => a.answeredAt)).toEqual([2]);
	});

	it('skips and counts damaged or newer records, and never deletes them', async () => {
		await recordAttempt(attempt('q1', 1));
		const db = await database();
		await db.add('attempts', {
			lessonId: 'shoigu-tehran-2023',
			setId: 'comprehension',
			schemaVersion: ATTEMPT_VERSION,
			response: { kind: 'single-choice', option: 3 }
		});
		await db.add('attempts', {
			...attempt('q2', 2),
			schemaVersion: ATTEMPT_VERSION + 1
		});
		const list = await listAttempts('shoigu-tehran-2023', 'comprehension');
		expect(list.attempts).toHaveLength(1);
		expect(list.unreadable).toBe(2);
		expect(await db.count('attempts')).toBe(3);
	});

	it('reports a full disk as quota, and earlier answers stay', async () => {
		await recordAttempt(attempt('q1', 1));
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw new DOMException('disk full', 'QuotaExceededError');
		});
		await expect(recordAttempt(attempt('q2', 2))).rejects.toMatchObject({ kind: 'quota' });
		vi.restoreAllMocks();
		const { attempts } = await listAttempts('shoigu-tehran-2023', 'comprehension');
		expect(attempts.map((a) => a.questionId)).toEqual(['q1']);
	});

	it('reports a missing IndexedDB as unavailable on every operation', async () => {
		// @ts-expect-error: a browser without IndexedDB
		globalThis.indexedDB = undefined;
		await expect(recordAttempt(attempt('q1', 1))).rejects.toMatchObject({ kind: 'unavailable' });
		await expect(listAttempts('a', 'b')).rejects.toMatchObject({ kind: 'unavailable' });
		await expect(saveQuizProgress(progress)).rejects.toMatchObject({ kind: 'unavailable' });
		await expect(loadQuizProgress('a', 'b')).rejects.toMatchObject({ kind: 'unavailable' });
	});

	it('finds the first and the latest answer per question since a run started', async () => {
		await recordAttempt(attempt('q1', 5, 'old-run'));
		await recordAttempt(attempt('q1', 10, 'first'));
		await recordAttempt(attempt('q2', 11));
		await recordAttempt(attempt('q1', 12, 'second'));
		const { attempts } = await listAttempts('shoigu-tehran-2023', 'comprehension');
		const runs = runAttempts(attempts, 10);
		expect([...runs.keys()]).toEqual(['q1', 'q2']);
		const q1 = runs.get('q1')!;
		expect(q1.first.response).toEqual({ kind: 'single-choice', option: 'first' });
		expect(q1.latest.response).toEqual({ kind: 'single-choice', option: 'second' });
		expect(q1.checks).toBe(2);
		expect(runs.get('q2')!.checks).toBe(1);
		expect(runAttempts(attempts, 13).size).toBe(0);
	});

	it('keeps the mode and the first check beside the final one in each record', async () => {
		await recordAttempt(attempt('q1', 1));
		const [stored] = (await listAttempts('shoigu-tehran-2023', 'comprehension')).attempts;
		expect(stored).toMatchObject({
			schemaVersion: 2,
			mode: 'practice',
			grade: { verdict: 'correct', score: 1, points: 1 },
			first: { verdict: 'incorrect', score: 0, points: 0 },
			checks: 2
		});
	});

	it('still reads version 1 records (before modes): practice, the first found from the run', async () => {
		const db = await database();
		const { mode: _m, first: _f, checks: _c, ...v1 } = attempt('q1', 3);
		await db.add('attempts', { ...v1, schemaVersion: 1 });
		await db.add('attempts', { ...attempt('q1', 4, 'second'), schemaVersion: 1 });
		const { attempts, unreadable } = await listAttempts('shoigu-tehran-2023', 'comprehension');
		expect(unreadable).toBe(0);
		expect(attempts.map((a) => [a.schemaVersion, a.mode, a.first])).toEqual([
			[1, 'practice', undefined],
			[1, 'practice', { verdict: 'incorrect', score: 0, points: 0 }]
		]);
		expect(runAttempts(attempts, 0).get('q1')!.first.answeredAt).toBe(3);
	});
});

describe('quiz progress', () => {
	it('keeps one position per lesson and set, the last one saved', async () => {
		expect(await loadQuizProgress('shoigu-tehran-2023', 'comprehension')).toBeUndefined();
		await saveQuizProgress(progress);
		await saveQuizProgress({ ...progress, index: 4, phase: 'score' });
		await saveQuizProgress({ ...progress, setId: 'other', index: 9 });
		expect(await loadQuizProgress('shoigu-tehran-2023', 'comprehension')).toMatchObject({
			schemaVersion: ATTEMPT_VERSION,
			index: 4,
			phase: 'score',
			revealed: ['sc-purpose']
		});
	});

	it('reads an unreadable position as none, and leaves it stored', async () => {
		const db = await database();
		await db.put('quizProgress', {
			id: 'shoigu-tehran-2023:comprehension',
			lessonId: 'shoigu-tehran-2023',
			setId: 'comprehension',
			schemaVersion: ATTEMPT_VERSION,
			phase: 'somewhere'
		});
		expect(await loadQuizProgress('shoigu-tehran-2023', 'comprehension')).toBeUndefined();
		expect(await db.count('quizProgress')).toBe(1);
	});
});

describe('readers', () => {
	it('accept a current record of every response kind and refuse malformed ones', () => {
		const base = { ...attempt('q', 1), schemaVersion: ATTEMPT_VERSION, id: 1 };
		const responses = [
			{ kind: 'single-choice', option: null },
			{ kind: 'multiple-response', options: ['a'] },
			{ kind: 'true-false-not-stated', value: 'not-stated' },
			{ kind: 'short-answer', text: 'طهران' },
			{ kind: 'numerical', text: '٣' },
			{ kind: 'matching', matches: { a: 'x', b: null } },
			{ kind: 'ordering', order: ['b', 'a'] },
			{ kind: 'cloze', gaps: ['x', null] },
			{ kind: 'evidence', sentences: ['p1.s1'] },
			{ kind: 'free-response', text: '...', checked: [0, 2] }
		];
		for (const response of responses)
			expect(readAttempt({ ...base, response }), response.kind).toEqual({ ...base, response });
		const bad = [
			{ ...base, response: { kind: 'essay', text: '' } },
			{ ...base, response: { kind: 'free-response', text: '', checked: [-1] } },
			{ ...base, response: { kind: 'true-false-not-stated', value: 'maybe' } },
			{ ...base, grade: { ...grade, verdict: 'great' } },
			{ ...base, answeredAt: 'today' },
			{ ...base, schemaVersion: 0 },
			{ ...base, mode: 'exam' },
			{ ...base, first: { verdict: 'correct' } },
			{ ...base, checks: -1 },
			null,
			'attempt'
		];
		for (const raw of bad) expect(readAttempt(raw)).toBeUndefined();
	});

	it('read feedback in both languages, and still read answers stored with English-only feedback', () => {
		const base = { ...attempt('q', 1), schemaVersion: ATTEMPT_VERSION, id: 1 };
		expect(readAttempt(base)?.grade.feedback).toEqual([{ en: 'Right.', ar: 'صحيح.' }]);
		// Stored before feedback was bilingual: the answer counts; the old string is not shown again.
		const older = { ...base, grade: { ...grade, feedback: ['Right.'] } };
		expect(readAttempt(older)).toMatchObject({ questionId: 'q', grade: { feedback: [] } });
		const half = { ...base, grade: { ...grade, feedback: [{ en: 'Right.' }] } };
		expect(readAttempt(half)).toBeUndefined();
	});

	it('accept a current position and refuse a damaged one', () => {
		const record = { ...progress, schemaVersion: ATTEMPT_VERSION, id: 'a:b' };
		expect(readQuizProgress(record)).toEqual(record);
		expect(readQuizProgress({ ...record, index: -1 })).toBeUndefined();
		expect(readQuizProgress({ ...record, revealed: [3] })).toBeUndefined();
		expect(readQuizProgress({ ...record, mode: 'exam' })).toBeUndefined();
		expect(readQuizProgress({ ...record, drafts: { q: { kind: 'essay' } } })).toBeUndefined();
		expect(readQuizProgress({ ...record, mode: null })).toMatchObject({ mode: null });
		// A version 1 position (before modes) is a practice run with nothing unchecked.
		const { mode: _m, drafts: _d, ...v1 } = record;
		expect(readQuizProgress({ ...v1, schemaVersion: 1 })).toEqual({
			...v1,
			schemaVersion: 1,
			mode: 'practice',
			drafts: {}
		});
	});
});
