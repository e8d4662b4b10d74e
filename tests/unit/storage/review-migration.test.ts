import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listAttempts, loadQuizProgress } from '../../../src/lib/storage/attempts';
import { DB_NAME, DB_VERSION, closeDatabase, database } from '../../../src/lib/storage/db';
import { listDueReviewCards, putReviewCard } from '../../../src/lib/storage/review-cards';
import { listSavedWords } from '../../../src/lib/storage/saved-words';
import { loadReviewSettings, saveReviewSettings } from '../../../src/lib/storage/settings';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

const LESSON = 'shoigu-tehran-2023';
const word = {
	schemaVersion: 1,
	id: `${LESSON}:wazir`,
	lessonId: LESSON,
	lemmaId: 'wazir',
	lemma: 'وَزِير',
	gloss: 'minister',
	form: 'وَزِيرُ',
	sentenceId: 'p1.s1',
	savedAt: 1
};
const attempt = {
	schemaVersion: 2,
	lessonId: LESSON,
	setId: 'vocabulary',
	questionId: 'q1',
	response: { kind: 'single-choice', option: 'minister' },
	grade: { verdict: 'correct', score: 1, points: 1, feedback: [], notes: [], parts: [] },
	answeredAt: 5,
	mode: 'practice',
	first: { verdict: 'correct', score: 1, points: 1 },
	checks: 1
};
const progress = {
	schemaVersion: 2,
	id: `${LESSON}:vocabulary`,
	lessonId: LESSON,
	setId: 'vocabulary',
	mode: 'practice',
	phase: 'question',
	index: 3,
	revealed: [],
	drafts: {},
	startedAt: 1,
	updatedAt: 6
};

/** The database as an earlier app version left it: its stores, with one record in each. */
async function fixture(version: 1 | 2): Promise<void> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, version);
		request.onupgradeneeded = () => {
			const db = request.result;
			db.createObjectStore('savedWords', { keyPath: 'id' }).createIndex('byLesson', 'lessonId');
			if (version < 2) return;
			const attempts = db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
			attempts.createIndex('bySet', ['lessonId', 'setId']);
			db.createObjectStore('quizProgress', { keyPath: 'id' });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const stores = version < 2 ? ['savedWords'] : ['savedWords', 'attempts', 'quizProgress'];
	await new Promise<void>((resolve, reject) => {
		const tx = db.transaction(stores, 'readwrite');
		tx.objectStore('savedWords').put(word);
		if (version >= 2) {
			tx.objectStore('attempts').put(attempt);
			tx.objectStore('quizProgress').put(progress);
		}
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

/** The version 3 stores work on the upgraded database. */
async function expectReviewStoresWork(): Promise<void> {
	await putReviewCard({
		schemaVersion: 1,
		id: `${LESSON}:wazir`,
		lessonId: LESSON,
		entryId: 'wazir',
		source: 'saved',
		prompt: 'recognise',
		addedAt: 10,
		due: '2026-03-01T00:00:00.000Z',
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 'new',
		lastReview: null,
		log: []
	});
	const due = await listDueReviewCards('2026-03-02T00:00:00.000Z');
	expect(due.cards.map((c) => c.entryId)).toEqual(['wazir']);
	await saveReviewSettings({ desiredRetention: 0.8, newCardsPerDay: 7 });
	expect((await loadReviewSettings()).settings.newCardsPerDay).toBe(7);
}

it('upgrades a version-1 database to the latest version: the saved word is kept and review works', async () => {
	await fixture(1);
	expect((await database()).version).toBe(DB_VERSION);
	const { words, unreadable } = await listSavedWords(LESSON);
	expect([words.map((w) => w.gloss), unreadable]).toEqual([['minister'], 0]);
	expect((await listAttempts(LESSON, 'vocabulary')).attempts).toEqual([]);
	await expectReviewStoresWork();
});

it('upgrades a version-2 database to the latest version: saved word, answers and quiz position are kept', async () => {
	await fixture(2);
	expect((await database()).version).toBe(DB_VERSION);
	expect((await listSavedWords(LESSON)).words.map((w) => w.lemmaId)).toEqual(['wazir']);
	const { attempts, unreadable } = await listAttempts(LESSON, 'vocabulary');
	expect([attempts.map((a) => [a.id, a.questionId, a.first?.verdict]), unreadable]).toEqual([
		[[1, 'q1', 'correct']],
		0
	]);
	expect((await loadQuizProgress(LESSON, 'vocabulary'))?.index).toBe(3);
	await expectReviewStoresWork();
});
