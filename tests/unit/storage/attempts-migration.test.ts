import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listAttempts, recordAttempt } from '../../../src/lib/storage/attempts';
import { DB_NAME, DB_VERSION, closeDatabase, database } from '../../../src/lib/storage/db';
import { listSavedWords } from '../../../src/lib/storage/saved-words';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

/** A version-1 database as the app before practice left it: the saved-words store, one word in it. */
async function versionOneFixture(): Promise<void> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () =>
			request.result
				.createObjectStore('savedWords', { keyPath: 'id' })
				.createIndex('byLesson', 'lessonId');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	await new Promise<void>((resolve, reject) => {
		const tx = db.transaction('savedWords', 'readwrite');
		tx.objectStore('savedWords').put({
			schemaVersion: 1,
			id: 'shoigu-tehran-2023:wazir',
			lessonId: 'shoigu-tehran-2023',
			lemmaId: 'wazir',
			lemma: 'وَزِير',
			gloss: 'minister',
			form: 'وَزِيرُ',
			sentenceId: 'p1.s1',
			savedAt: 1
		});
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

it('upgrades a version-1 database: practice stores added, saved words kept', async () => {
	await versionOneFixture();
	const db = await database();
	expect(db.version).toBe(DB_VERSION);
	expect(DB_VERSION).toBeGreaterThanOrEqual(2);
	expect([...db.objectStoreNames]).toEqual(
		expect.arrayContaining(['savedWords', 'attempts', 'quizProgress'])
	);
	const attempts = db.transaction('attempts').store;
	expect(attempts.keyPath).toBe('id');
	expect(attempts.autoIncrement).toBe(true);
	expect([...attempts.indexNames]).toContain('bySet');
	const { words } = await listSavedWords('shoigu-tehran-2023');
	expect(words.map((w) => w.lemmaId)).toEqual(['wazir']);
	// And the new store works on the upgraded database.
	await recordAttempt({
		lessonId: 'shoigu-tehran-2023',
		setId: 's',
		questionId: 'q',
		response: { kind: 'numerical', text: '3' },
		grade: { verdict: 'correct', score: 1, points: 1, feedback: [], notes: [], parts: [] },
		answeredAt: 5,
		mode: 'test',
		first: { verdict: 'correct', score: 1, points: 1 },
		checks: 1
	});
	expect((await listAttempts('shoigu-tehran-2023', 's')).attempts).toHaveLength(1);
});

it('creates every store on a device that never opened the database', async () => {
	const db = await database();
	expect([...db.objectStoreNames].sort()).toEqual([
		'attempts',
		'drafts',
		'quizProgress',
		'reviewCards',
		'savedWords',
		'settings',
		'teacherSets'
	]);
});
