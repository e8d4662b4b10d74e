import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	BackupError,
	buildBackup,
	parseBackup,
	type BackupRecords
} from '../../../src/lib/interop/progress-backup';
import {
	recordAttempt,
	saveQuizProgress,
	type NewAttempt
} from '../../../src/lib/storage/attempts';
import { learnerId, readDevice } from '../../../src/lib/storage/backup';
import { eraseDevice, importRecords, previewImport } from '../../../src/lib/storage/backup-import';
import { closeDatabase, database } from '../../../src/lib/storage/db';
import { saveDraft } from '../../../src/lib/storage/drafts';
import { putReviewCards, type ReviewCard } from '../../../src/lib/storage/review-cards';
import { saveWord } from '../../../src/lib/storage/saved-words';
import { saveReviewSettings } from '../../../src/lib/storage/settings';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

const LESSON = 'shoigu-tehran-2023';

const attempt = (questionId: string, answeredAt: number, score = 1): NewAttempt => ({
	lessonId: LESSON,
	setId: 'comprehension',
	questionId,
	skill: 'literal',
	response: { kind: 'single-choice', option: 'talks' },
	grade: {
		verdict: score === 1 ? 'correct' : 'incorrect',
		score,
		points: score,
		feedback: [],
		notes: [],
		parts: []
	},
	answeredAt,
	mode: 'practice',
	first: { verdict: 'correct', score, points: score },
	checks: 1
});

const card = (entryId: string, reps: number, lastReview: string | null): ReviewCard => ({
	schemaVersion: 1,
	id: `${LESSON}:${entryId}`,
	lessonId: LESSON,
	entryId,
	source: 'saved',
	prompt: 'recognise',
	addedAt: 1000,
	due: '2026-03-12T09:00:00.000Z',
	stability: 3,
	difficulty: 5,
	elapsedDays: 0,
	scheduledDays: 2,
	learningSteps: 0,
	reps,
	lapses: 0,
	state: reps > 0 ? 'review' : 'new',
	lastReview,
	log: []
});

async function fillDevice(): Promise<void> {
	await recordAttempt(attempt('q1', 1000, 0));
	await recordAttempt(attempt('q2', 2000));
	await saveQuizProgress({
		lessonId: LESSON,
		setId: 'comprehension',
		mode: 'practice',
		drafts: {},
		phase: 'question',
		index: 2,
		revealed: [],
		startedAt: 900,
		updatedAt: 2000
	});
	await saveWord(
		{
			lessonId: LESSON,
			lemmaId: 'wazir',
			lemma: 'وَزِير',
			gloss: 'minister',
			form: 'وَزِيرُ',
			sentenceId: 'p1.s1'
		},
		1500
	);
	await putReviewCards([card('wazir', 2, '2026-03-10T09:00:00.000Z')]);
	await saveReviewSettings({ desiredRetention: 0.85, newCardsPerDay: 10 });
	await saveDraft(`answer:${LESSON}:comprehension:q3`, 'answer', { text: 'طهران' }, 2500);
}

/** Every store's records, attempt keys left out (a store numbers them itself). */
async function everything(): Promise<BackupRecords> {
	const { records } = await readDevice();
	return { ...records, attempts: records.attempts.map(({ id: _key, ...rest }) => rest) };
}

const NOW = Date.parse('2026-03-10T12:00:00Z');

describe('backup', () => {
	it('export, erase, import gives back the same records', async () => {
		await fillDevice();
		const before = await everything();
		expect(before.attempts).toHaveLength(2);
		const file = JSON.stringify(buildBackup((await readDevice()).records, NOW));

		await eraseDevice();
		const erased = await readDevice();
		expect(Object.values(erased.records).flat()).toEqual([]);

		const backup = parseBackup(file);
		const preview = await previewImport(backup);
		expect(preview.counts.attempts).toEqual({ added: 2, updated: 0, unchanged: 0 });
		expect(preview.counts.savedWords.added).toBe(1);
		expect(preview.counts.reviewCards.added).toBe(1);
		expect((await readDevice()).records.attempts).toEqual([]);

		await importRecords(backup);
		expect(await everything()).toEqual(before);
		const restored = await readDevice();
		expect(restored.attempts.map((a) => [a.questionId, a.grade.score])).toEqual([
			['q1', 0],
			['q2', 1]
		]);
	});

	it('importing the same file twice adds nothing the second time', async () => {
		await fillDevice();
		const backup = parseBackup(JSON.stringify(buildBackup((await readDevice()).records, NOW)));
		const before = await everything();
		const plan = await importRecords(backup);
		expect(plan.counts.attempts).toEqual({ added: 0, updated: 0, unchanged: 2 });
		await importRecords(backup);
		expect(await everything()).toEqual(before);
	});

	it('keeps the card further along, whichever side has it', async () => {
		await putReviewCards([card('wazir', 2, '2026-03-10T09:00:00.000Z'), card('amn', 5, null)]);
		const records = (await readDevice()).records;
		const file: BackupRecords = {
			...records,
			reviewCards: [card('wazir', 4, '2026-03-11T09:00:00.000Z'), card('amn', 1, null)]
		};
		const plan = await importRecords(file);
		expect(plan.counts.reviewCards).toEqual({ added: 0, updated: 1, unchanged: 1 });
		const reps = Object.fromEntries(
			(await readDevice()).reviewCards.map((c) => [c.entryId, c.reps])
		);
		expect(reps).toEqual({ wazir: 4, amn: 5 });
	});

	it('refuses a file with a record its store cannot read, and changes nothing', async () => {
		await fillDevice();
		const before = await everything();
		const backup = buildBackup((await readDevice()).records, NOW);
		const extra = { ...backup.attempts[0]!, questionId: 'q9', answeredAt: 9000 };
		const damaged = {
			...backup,
			attempts: [extra, { ...extra, questionId: 'q10', mode: 'exam' }],
			reviewCards: [{ ...backup.reviewCards[0]!, id: `${LESSON}:new`, state: 'forgotten' }]
		};
		const text = JSON.stringify(damaged);
		await expect(importRecords(parseBackup(text))).rejects.toEqual(
			new BackupError({ code: 'unreadable-record', path: 'attempts[1]' })
		);
		expect(await everything()).toEqual(before);
	});

	it('leaves everything in place when the write fails part-way', async () => {
		await fillDevice();
		const before = await everything();
		const backup = buildBackup((await readDevice()).records, NOW);
		const more = [
			{ ...backup.attempts[0]!, questionId: 'q7', answeredAt: 7000 },
			// A function cannot be stored: the transaction fails on this second write.
			{ ...backup.attempts[0]!, questionId: 'q8', answeredAt: 8000, extra: () => 1 }
		];
		await expect(importRecords({ ...backup, attempts: more })).rejects.toMatchObject({
			name: 'StorageError'
		});
		expect(await everything()).toEqual(before);
	});

	it('skips unreadable records when reading, and counts them', async () => {
		await fillDevice();
		const db = await database();
		await db.put('savedWords', { schemaVersion: 99, id: 'x:y', lessonId: 'x' });
		const device = await readDevice();
		expect(device.unreadable.savedWords).toBe(1);
		expect(device.records.savedWords).toHaveLength(1);
		expect(device.unreadable.attempts).toBe(0);
	});

	it('keeps one anonymous learner id, made once', async () => {
		const first = await learnerId(() => 'a1b2');
		const second = await learnerId(() => 'other');
		expect([first, second]).toEqual(['a1b2', 'a1b2']);
	});
});
