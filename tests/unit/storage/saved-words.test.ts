import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, database } from '../../../src/lib/storage/db';
import {
	SAVED_WORD_VERSION,
	listSavedWords,
	readSavedWord,
	removeSavedWord,
	saveWord,
	savedWordId,
	type NewSavedWord
} from '../../../src/lib/storage/saved-words';

const wazir: NewSavedWord = {
	lessonId: 'shoigu-tehran-2023',
	lemmaId: 'wazir',
	lemma: 'وَزِير',
	gloss: 'minister',
	form: 'وَزِيرُ',
	sentenceId: 'p1.s1'
};
const amn: NewSavedWord = { ...wazir, lemmaId: 'amn', lemma: 'أَمْن', gloss: 'security' };

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
	vi.restoreAllMocks();
	closeDatabase();
});

describe('saved words', () => {
	it('saves, lists (oldest first) and removes words, each stamped with its schema version', async () => {
		await saveWord(amn, 2000);
		const saved = await saveWord(wazir, 1000);
		expect(saved).toMatchObject({
			schemaVersion: SAVED_WORD_VERSION,
			id: 'shoigu-tehran-2023:wazir'
		});
		const list = await listSavedWords('shoigu-tehran-2023');
		expect(list.words.map((w) => w.lemmaId)).toEqual(['wazir', 'amn']);
		expect(list.unreadable).toBe(0);
		await removeSavedWord(saved.id);
		expect((await listSavedWords('shoigu-tehran-2023')).words.map((w) => w.lemmaId)).toEqual([
			'amn'
		]);
	});

	it('keeps one record per lesson and lemma', async () => {
		await saveWord(wazir, 1);
		await saveWord({ ...wazir, form: 'وَزِيرَ' }, 2);
		const { words } = await listSavedWords(wazir.lessonId);
		expect(words).toHaveLength(1);
		expect(words[0]!.form).toBe('وَزِيرَ');
	});

	it('lists only the lesson asked for', async () => {
		await saveWord(wazir, 1);
		await saveWord({ ...wazir, lessonId: 'other' }, 2);
		expect((await listSavedWords('other')).words).toHaveLength(1);
	});

	it('skips and counts damaged or newer records, and never deletes them', async () => {
		await saveWord(wazir, 1);
		const db = await database();
		await db.put('savedWords', {
			id: 'shoigu-tehran-2023:x',
			lessonId: 'shoigu-tehran-2023',
			schemaVersion: 1
		});
		await db.put('savedWords', {
			...wazir,
			id: 'shoigu-tehran-2023:future',
			schemaVersion: SAVED_WORD_VERSION + 1,
			savedAt: 3
		});
		const list = await listSavedWords('shoigu-tehran-2023');
		expect(list.words.map((w) => w.lemmaId)).toEqual(['wazir']);
		expect(list.unreadable).toBe(2);
		expect(await db.count('savedWords')).toBe(3);
	});

	it('reports a full disk as quota, and what was saved before stays', async () => {
		await saveWord(wazir, 1);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('disk full', 'QuotaExceededError');
		});
		await expect(saveWord(amn, 2)).rejects.toMatchObject({ kind: 'quota' });
		vi.restoreAllMocks();
		expect((await listSavedWords(wazir.lessonId)).words.map((w) => w.lemmaId)).toEqual(['wazir']);
	});

	it('reports a missing IndexedDB as unavailable on every operation', async () => {
		// @ts-expect-error: a browser without IndexedDB
		globalThis.indexedDB = undefined;
		await expect(listSavedWords('x')).rejects.toMatchObject({ kind: 'unavailable' });
		await expect(saveWord(wazir, 1)).rejects.toMatchObject({ kind: 'unavailable' });
		await expect(removeSavedWord('x')).rejects.toMatchObject({ kind: 'unavailable' });
	});
});

describe('readSavedWord', () => {
	it('accepts a current record and refuses anything else', () => {
		const record = {
			...wazir,
			schemaVersion: 1,
			id: savedWordId('shoigu-tehran-2023', 'wazir'),
			savedAt: 5
		};
		expect(readSavedWord(record)).toEqual(record);
		expect(readSavedWord({ ...record, savedAt: 'yesterday' })).toBeUndefined();
		expect(readSavedWord({ ...record, savedAt: Number.NaN })).toBeUndefined();
		expect(readSavedWord({ ...record, gloss: '' })).toBeUndefined();
		expect(readSavedWord({ ...record, lemma: undefined })).toBeUndefined();
		expect(readSavedWord({ ...record, schemaVersion: 2 })).toBeUndefined();
		expect(readSavedWord([record])).toBeUndefined();
		expect(readSavedWord(null)).toBeUndefined();
	});
});
