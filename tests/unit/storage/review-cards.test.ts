import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, database } from '../../../src/lib/storage/db';
import {
	addReviewCards,
	deleteReviewCard,
	getReviewCard,
	listDueReviewCards,
	listReviewCards,
	putReviewCard,
	putReviewCards,
	readReviewCard,
	reviewCardId,
	type ReviewCard
} from '../../../src/lib/storage/review-cards';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

function card(
	lessonId: string,
	entryId: string,
	due: string,
	extra: Partial<ReviewCard> = {}
): ReviewCard {
	return {
		schemaVersion: 1,
		id: reviewCardId(lessonId, entryId),
		lessonId,
		entryId,
		source: 'saved',
		prompt: 'recognise',
		addedAt: 1000,
		due,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 'new',
		lastReview: null,
		log: [],
		...extra
	};
}

describe('review cards', () => {
	it('gives back a card with its review log after the connection is reopened', async () => {
		const rated = card('l1', 'wazir', '2026-03-02T10:00:00.000Z', {
			state: 'learning',
			reps: 1,
			stability: 2.3065,
			difficulty: 2.11810397,
			learningSteps: 1,
			lastReview: '2026-03-02T09:50:00.000Z',
			log: [
				{
					rating: 'good',
					review: '2026-03-02T09:50:00.000Z',
					state: 'new',
					due: '2026-03-02T09:50:00.000Z',
					stability: 0,
					difficulty: 0,
					elapsedDays: 0,
					lastElapsedDays: 0,
					scheduledDays: 0,
					learningSteps: 0
				}
			]
		});
		await putReviewCard(rated);
		closeDatabase();
		expect(await getReviewCard('l1:wazir')).toEqual(rated);
	});

	it('lists one lesson or all, soonest due first, and the cards due by a time', async () => {
		await putReviewCards([
			card('l1', 'c', '2026-03-05T00:00:00.000Z'),
			card('l1', 'a', '2026-03-01T00:00:00.000Z'),
			card('l2', 'b', '2026-03-03T00:00:00.000Z')
		]);
		expect((await listReviewCards()).cards.map((c) => c.id)).toEqual(['l1:a', 'l2:b', 'l1:c']);
		expect((await listReviewCards('l1')).cards.map((c) => c.id)).toEqual(['l1:a', 'l1:c']);
		const due = await listDueReviewCards('2026-03-03T00:00:00.000Z');
		expect(due.cards.map((c) => c.id)).toEqual(['l1:a', 'l2:b']);
	});

	it('adds only missing cards and keeps the schedule of cards already there', async () => {
		await putReviewCard(card('l1', 'a', '2026-04-01T00:00:00.000Z', { state: 'review', reps: 3 }));
		const added = await addReviewCards([
			card('l1', 'a', '2026-03-01T00:00:00.000Z', { source: 'missed' }),
			card('l1', 'b', '2026-03-01T00:00:00.000Z', { source: 'missed' })
		]);
		expect(added.map((c) => c.id)).toEqual(['l1:b']);
		const kept = await getReviewCard('l1:a');
		expect([kept?.state, kept?.reps, kept?.source, kept?.due]).toEqual([
			'review',
			3,
			'saved',
			'2026-04-01T00:00:00.000Z'
		]);
	});

	it('skips and counts unreadable records, leaving them in place', async () => {
		await putReviewCard(card('l1', 'a', '2026-03-01T00:00:00.000Z'));
		const db = await database();
		const damaged = { schemaVersion: 1, id: 'l1:x', lessonId: 'l1', due: 'not a date' };
		await db.put('reviewCards', damaged);
		await db.put('reviewCards', {
			...card('l1', 'y', '2026-03-01T00:00:00.000Z'),
			schemaVersion: 7
		});
		const list = await listReviewCards('l1');
		expect(list.cards.map((c) => c.id)).toEqual(['l1:a']);
		expect(list.unreadable).toBe(2);
		expect(await db.get('reviewCards', 'l1:x')).toEqual(damaged);
		expect(await getReviewCard('l1:x')).toBeUndefined();
	});

	it('refuses a card whose log holds an unknown rating', () => {
		const bad = card('l1', 'a', '2026-03-01T00:00:00.000Z');
		const log = [
			{ ...bad, rating: 'perfect', review: '2026-03-01T00:00:00.000Z', lastElapsedDays: 0 }
		];
		expect(readReviewCard({ ...bad, log })).toBeUndefined();
		expect(readReviewCard({ ...bad, log: [{ ...log[0], rating: 'easy' }] })).toEqual({
			...bad,
			log: [{ ...log[0], rating: 'easy' }]
		});
	});

	it('deletes a card', async () => {
		await putReviewCard(card('l1', 'a', '2026-03-01T00:00:00.000Z'));
		await deleteReviewCard('l1:a');
		expect(await getReviewCard('l1:a')).toBeUndefined();
	});

	it('reports a full disk as quota, and a batch is written whole or not at all', async () => {
		await putReviewCard(card('l1', 'kept', '2026-03-01T00:00:00.000Z'));
		const put = IDBObjectStore.prototype.put;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args
		) {
			if (++calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(
			putReviewCards([
				card('l1', 'a', '2026-03-01T00:00:00.000Z'),
				card('l1', 'b', '2026-03-01T00:00:00.000Z')
			])
		).rejects.toMatchObject({ kind: 'quota' });
		vi.restoreAllMocks();
		expect((await listReviewCards()).cards.map((c) => c.id)).toEqual(['l1:kept']);
	});
});
