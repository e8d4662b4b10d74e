import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, setMemoryFallback } from '../../../src/lib/storage/db';
import {
	listDueReviewCards,
	putReviewCard,
	reviewCardId
} from '../../../src/lib/storage/review-cards';
import { listAllSavedWords, saveWord } from '../../../src/lib/storage/saved-words';
import { storageMode } from '../../../src/lib/storage/storage-mode';
import { newSchedule } from '../../../src/lib/domain/scheduling/scheduler';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
	setMemoryFallback(false);
	closeDatabase();
});

it('without IndexedDB, keeps progress in memory behind the same storage API', async () => {
	setMemoryFallback(true);
	// @ts-expect-error: a private window without IndexedDB
	globalThis.indexedDB = undefined;
	await saveWord(
		{
			lessonId: 'l',
			lemmaId: 'wazir',
			lemma: 'وَزِير',
			gloss: 'minister',
			form: 'وَزِيرُ',
			sentenceId: 's'
		},
		1
	);
	await putReviewCard({
		...newSchedule(new Date('2026-03-01T00:00:00.000Z')),
		schemaVersion: 1,
		id: reviewCardId('l', 'wazir'),
		lessonId: 'l',
		entryId: 'wazir',
		source: 'saved',
		prompt: 'recognise',
		addedAt: 1,
		log: []
	});
	expect(storageMode()).toBe('memory');
	expect((await listAllSavedWords()).words.map((w) => w.gloss)).toEqual(['minister']);
	const due = await listDueReviewCards('2026-03-02T00:00:00.000Z');
	expect(due.cards.map((c) => c.entryId)).toEqual(['wazir']);
});

it('uses the device database when there is one', async () => {
	setMemoryFallback(true);
	expect((await listAllSavedWords()).words).toEqual([]);
	expect(storageMode()).toBe('device');
});

it('with the fallback off (as outside a browser), a missing IndexedDB is an error', async () => {
	// @ts-expect-error: a browser without IndexedDB
	globalThis.indexedDB = undefined;
	await expect(listAllSavedWords()).rejects.toMatchObject({ kind: 'unavailable' });
	expect(storageMode()).toBe('device');
});
