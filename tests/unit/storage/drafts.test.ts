import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, database } from '../../../src/lib/storage/db';
import { deleteDraft, listDrafts, loadDraft, saveDraft } from '../../../src/lib/storage/drafts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

describe('drafts', () => {
	it('gives back a half-typed answer after the connection is closed and reopened', async () => {
		await saveDraft('answer:l:s:q1', 'answer', { kind: 'short-answer', text: 'طهر' }, 1000);
		closeDatabase();
		expect(await loadDraft('answer:l:s:q1')).toEqual({
			schemaVersion: 1,
			id: 'answer:l:s:q1',
			kind: 'answer',
			value: { kind: 'short-answer', text: 'طهر' },
			savedAt: 1000
		});
	});

	it('keeps only the latest save of one draft', async () => {
		await saveDraft('answer:l:s:q1', 'answer', 'طه', 1000);
		await saveDraft('answer:l:s:q1', 'answer', 'طهران', 2000);
		const { drafts } = await listDrafts('answer:');
		expect(drafts.map((d) => [d.value, d.savedAt])).toEqual([['طهران', 2000]]);
	});

	it('lists drafts by id prefix, oldest first, and counts unreadable records without deleting them', async () => {
		await saveDraft('answer:l:s:q2', 'answer', 'b', 2000);
		await saveDraft('answer:l:s:q1', 'answer', 'a', 1000);
		await saveDraft('editor:set-1', 'editor', { title: 'x' }, 500);
		const db = await database();
		await db.put('drafts', { schemaVersion: 99, id: 'answer:l:s:q3' });
		const { drafts, unreadable } = await listDrafts('answer:l:');
		expect(drafts.map((d) => d.id)).toEqual(['answer:l:s:q1', 'answer:l:s:q2']);
		expect(unreadable).toBe(1);
		expect(await db.get('drafts', 'answer:l:s:q3')).toEqual({
			schemaVersion: 99,
			id: 'answer:l:s:q3'
		});
		expect(await loadDraft('answer:l:s:q3')).toBeUndefined();
	});

	it('deletes a draft once its work is checked', async () => {
		await saveDraft('answer:l:s:q1', 'answer', 'a', 1000);
		await deleteDraft('answer:l:s:q1');
		expect(await loadDraft('answer:l:s:q1')).toBeUndefined();
		await expect(deleteDraft('answer:l:s:missing')).resolves.toBeUndefined();
	});

	it('reports a refused write as a StorageError', async () => {
		// @ts-expect-error: a browser without IndexedDB
		globalThis.indexedDB = undefined;
		await expect(saveDraft('answer:x', 'answer', 'a', 1)).rejects.toMatchObject({
			kind: 'unavailable'
		});
	});
});
