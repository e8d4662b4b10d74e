import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	DB_NAME,
	DB_VERSION,
	StorageError,
	closeDatabase,
	database,
	toStorageError
} from '../../../src/lib/storage/db';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

/** Opens the database directly, as another tab or an older app version would. */
function openRaw(version: number, onUpgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, version);
		request.onupgradeneeded = () => onUpgrade?.(request.result);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

describe('database', () => {
	it('creates the fahm database at the current version with the saved-words store', async () => {
		const db = await database();
		expect(db.name).toBe('fahm');
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames]).toContain('savedWords');
		const tx = db.transaction('savedWords');
		expect([...tx.store.indexNames]).toContain('byLesson');
		expect(tx.store.keyPath).toBe('id');
	});

	it('adds the review, draft, settings (version 3) and teacher set (version 4) stores, keeping version 2 records', async () => {
		const old = await openRaw(2, (db) => {
			db.createObjectStore('savedWords', { keyPath: 'id' }).createIndex('byLesson', 'lessonId');
			const attempts = db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
			attempts.createIndex('bySet', ['lessonId', 'setId']);
			db.createObjectStore('quizProgress', { keyPath: 'id' });
		});
		await new Promise<void>((resolve) => {
			const tx = old.transaction('attempts', 'readwrite');
			tx.objectStore('attempts').put({ lessonId: 'a', setId: 's', schemaVersion: 2 });
			tx.oncomplete = () => resolve();
		});
		old.close();
		const db = await database();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual([
			'attempts',
			'drafts',
			'quizProgress',
			'reviewCards',
			'savedWords',
			'settings',
			'teacherSets'
		]);
		expect([...db.transaction('teacherSets').store.indexNames]).toEqual(['byLesson']);
		expect([...db.transaction('reviewCards').store.indexNames].sort()).toEqual([
			'byDue',
			'byLesson'
		]);
		expect(await db.getAll('attempts')).toEqual([
			{ id: 1, lessonId: 'a', setId: 's', schemaVersion: 2 }
		]);
	});

	it('reuses one connection', async () => {
		expect(await database()).toBe(await database());
	});

	it('says storage is unavailable when the browser has no IndexedDB', async () => {
		// @ts-expect-error: a browser without IndexedDB
		globalThis.indexedDB = undefined;
		await expect(database()).rejects.toMatchObject({ kind: 'unavailable' });
	});

	it('says a newer version owns the database when it was upgraded past this code', async () => {
		(await openRaw(DB_VERSION + 1)).close();
		await expect(database()).rejects.toMatchObject({ kind: 'version' });
	});

	it('lets a newer version upgrade instead of blocking it', async () => {
		await database();
		const newer = await openRaw(DB_VERSION + 1, (db) => db.createObjectStore('cards'));
		expect([...newer.objectStoreNames]).toContain('cards');
		newer.close();
	});

	it('keeps records written at an earlier version when it upgrades', async () => {
		// The first version's store, with one record in it, then the current code opens it.
		const old = await openRaw(1, (db) =>
			db.createObjectStore('savedWords', { keyPath: 'id' }).createIndex('byLesson', 'lessonId')
		);
		await new Promise<void>((resolve) => {
			const tx = old.transaction('savedWords', 'readwrite');
			tx.objectStore('savedWords').put({ id: 'a:b', lessonId: 'a', schemaVersion: 1 });
			tx.oncomplete = () => resolve();
		});
		old.close();
		const db = await database();
		expect(await db.get('savedWords', 'a:b')).toMatchObject({ lessonId: 'a' });
	});
});

describe('toStorageError', () => {
	it('names what IndexedDB throws', () => {
		expect(toStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
		expect(toStorageError(new DOMException('x', 'VersionError')).kind).toBe('version');
		expect(toStorageError(new DOMException('x', 'InvalidStateError')).kind).toBe('unavailable');
		expect(toStorageError(new Error('?')).kind).toBe('unknown');
		const kept = new StorageError('blocked');
		expect(toStorageError(kept)).toBe(kept);
	});
});
