import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, database } from '../../../src/lib/storage/db';
import { loadReviewSettings, saveReviewSettings } from '../../../src/lib/storage/settings';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

describe('review settings', () => {
	it('starts from 90% retention and 20 new cards a day', async () => {
		const { settings, unreadable } = await loadReviewSettings();
		expect([settings.desiredRetention, settings.newCardsPerDay, unreadable]).toEqual([
			0.9,
			20,
			false
		]);
	});

	it('keeps what the learner chose across a reopen', async () => {
		await saveReviewSettings({ desiredRetention: 0.85, newCardsPerDay: 5 });
		closeDatabase();
		const { settings } = await loadReviewSettings();
		expect([settings.desiredRetention, settings.newCardsPerDay]).toEqual([0.85, 5]);
	});

	it('refuses out-of-range values, naming the field, and keeps the saved ones', async () => {
		await saveReviewSettings({ desiredRetention: 0.8, newCardsPerDay: 10 });
		await expect(saveReviewSettings({ desiredRetention: 1.2, newCardsPerDay: 10 })).rejects.toThrow(
			'desiredRetention'
		);
		await expect(
			saveReviewSettings({ desiredRetention: 0.8, newCardsPerDay: 2.5 })
		).rejects.toThrow('newCardsPerDay');
		expect((await loadReviewSettings()).settings.desiredRetention).toBe(0.8);
	});

	it('uses defaults for an unreadable record, reports it and leaves it in place', async () => {
		const db = await database();
		await db.put('settings', { schemaVersion: 1, id: 'review', desiredRetention: 'high' });
		const { settings, unreadable } = await loadReviewSettings();
		expect([settings.desiredRetention, unreadable]).toEqual([0.9, true]);
		expect(await db.get('settings', 'review')).toMatchObject({ desiredRetention: 'high' });
	});
});
