import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, DB_NAME } from '../../../src/lib/storage/db';
import {
	findTeacherSet,
	listTeacherSets,
	loadTeacherSet,
	saveTeacherSet,
	saveTeacherSetOver,
	TEACHER_SET_VERSION,
	type TeacherSetRecord
} from '../../../src/lib/storage/teacher-sets';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

const record = (over: Partial<TeacherSetRecord> = {}): TeacherSetRecord => ({
	schemaVersion: TEACHER_SET_VERSION,
	id: 'my-set',
	lessonId: 'shoigu-tehran-2023',
	draft: { id: 'my-set', title: { en: 'Mine', ar: 'لي' }, questions: [] },
	createdAt: 1000,
	updatedAt: 1000,
	...over
});

/** Writes records straight into a store of a database at `version` made by an older app. */
function putRaw(db: IDBDatabase, store: string, value: unknown): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(store, 'readwrite');
		tx.objectStore(store).put(value);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
}

describe('teacher sets', () => {
	it('the version 3 -> 4 upgrade adds the store and keeps drafts, settings and review cards', async () => {
		const old = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(DB_NAME, 3);
			request.onupgradeneeded = () => {
				const db = request.result;
				db.createObjectStore('savedWords', { keyPath: 'id' }).createIndex('byLesson', 'lessonId');
				const attempts = db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
				attempts.createIndex('bySet', ['lessonId', 'setId']);
				db.createObjectStore('quizProgress', { keyPath: 'id' });
				const cards = db.createObjectStore('reviewCards', { keyPath: 'id' });
				cards.createIndex('byDue', 'due');
				cards.createIndex('byLesson', 'lessonId');
				db.createObjectStore('drafts', { keyPath: 'id' });
				db.createObjectStore('settings', { keyPath: 'id' });
			};
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const draft = { schemaVersion: 1, id: 'answer:l/s/q1', text: 'طهران' };
		const setting = { schemaVersion: 1, id: 'review', newPerDay: 12 };
		const card = { schemaVersion: 1, id: 'card-1', due: '2026-01-01', lessonId: 'l' };
		await putRaw(old, 'drafts', draft);
		await putRaw(old, 'settings', setting);
		await putRaw(old, 'reviewCards', card);
		old.close();

		await saveTeacherSet(record());
		expect(await loadTeacherSet('my-set')).toEqual(record());
		const { database } = await import('../../../src/lib/storage/db');
		const db = await database();
		expect(await db.getAll('drafts')).toEqual([draft]);
		expect(await db.getAll('settings')).toEqual([setting]);
		expect(await db.getAll('reviewCards')).toEqual([card]);
	});

	it('saves over a set only when it is still the version the caller last saw', async () => {
		expect(await saveTeacherSetOver(record(), undefined)).toEqual({ saved: true });
		// A second "new" set with the same id does not replace the first.
		expect(await saveTeacherSetOver(record({ updatedAt: 1500 }), undefined)).toEqual({
			saved: false,
			stored: record()
		});
		expect(await saveTeacherSetOver(record({ updatedAt: 2000 }), 1000)).toEqual({ saved: true });
		// A tab that still thinks the set is the 1000 version is stopped, and told what is there.
		const stopped = await saveTeacherSetOver(record({ updatedAt: 2100, draft: {} }), 1000);
		expect(stopped).toEqual({ saved: false, stored: record({ updatedAt: 2000 }) });
		expect((await loadTeacherSet('my-set'))?.updatedAt).toBe(2000);
	});

	it('tells an unreadable record from a missing one, and never writes over it', async () => {
		const { database } = await import('../../../src/lib/storage/db');
		const db = await database();
		await db.put('teacherSets', { schemaVersion: 1, id: 'broken', lessonId: 'x', draft: 'oops' });
		expect(await findTeacherSet('broken')).toBe('unreadable');
		expect(await findTeacherSet('nothing')).toBeUndefined();
		const result = await saveTeacherSetOver(record({ id: 'broken' }), 5);
		expect(result).toEqual({ saved: false, stored: 'unreadable' });
		expect(await listTeacherSets()).toEqual({ sets: [], unreadable: 1 });
	});
});
