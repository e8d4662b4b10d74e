/**
 * Spaced-repetition cards: one per glossary entry per lesson, holding its FSRS state and the log
 * of every rating given to it. Records carry a schema version and are checked on read by plain
 * guards; a record that cannot be read is counted and left in place, never deleted. Every write
 * is one transaction that resolves once it is on disk.
 */
import {
	CARD_STATES,
	RATINGS,
	type CardRating,
	type CardState,
	type FsrsFields,
	type ReviewLogEntry
} from '$lib/domain/scheduling/types';
import { database, keyRange, toStorageError } from './db';
import { hasFields, isArrayOf, isIndex, isNullable, isNumber, isText, type Guard } from './guards';

/** The version of the review-card record this code writes. */
export const REVIEW_CARD_VERSION = 1;

export {
	CARD_STATES,
	RATINGS,
	type CardRating,
	type CardState,
	type FsrsFields,
	type ReviewLogEntry
};

/** Where a card came from: a word the learner saved in the reader, or one missed in an exercise. */
export type CardSource = 'saved' | 'missed';

/** What the front asks: recognise the word (Show answer), or type it from its gloss. */
export type CardPrompt = 'recognise' | 'type';

// Type aliases, not interfaces, so a card fits the store's open record type.
export type ReviewCard = FsrsFields & {
	schemaVersion: typeof REVIEW_CARD_VERSION;
	/** `<lessonId>:<entryId>`, see reviewCardId. */
	id: string;
	lessonId: string;
	/** The glossary entry's id in the lesson. */
	entryId: string;
	source: CardSource;
	prompt: CardPrompt;
	/** Milliseconds since the epoch when the card was made. */
	addedAt: number;
	/** Every rating, oldest first. */
	log: ReviewLogEntry[];
};

/** The id of the card for a glossary entry of a lesson: one card per entry. */
export function reviewCardId(lessonId: string, entryId: string): string {
	return `${lessonId}:${entryId}`;
}

const isState: Guard = (x) => CARD_STATES.includes(x as CardState);
const isIsoDate: Guard = (x) => typeof x === 'string' && !Number.isNaN(Date.parse(x));

const fsrsFields = {
	stability: isNumber,
	difficulty: isNumber,
	elapsedDays: isNumber,
	scheduledDays: isNumber,
	learningSteps: isIndex,
	state: isState,
	due: isIsoDate
};

const isLogEntry = hasFields({
	...fsrsFields,
	rating: (x) => RATINGS.includes(x as CardRating),
	review: isIsoDate,
	lastElapsedDays: isNumber
});

const isReviewCard = hasFields({
	...fsrsFields,
	schemaVersion: (x) => x === REVIEW_CARD_VERSION,
	id: isText,
	lessonId: isText,
	entryId: isText,
	source: (x) => x === 'saved' || x === 'missed',
	prompt: (x) => x === 'recognise' || x === 'type',
	addedAt: isNumber,
	reps: isIndex,
	lapses: isIndex,
	lastReview: isNullable(isIsoDate),
	log: isArrayOf(isLogEntry)
});

/** A stored record as a ReviewCard, or undefined when it cannot be read (damaged or newer). */
export function readReviewCard(raw: unknown): ReviewCard | undefined {
	return isReviewCard(raw) ? (raw as ReviewCard) : undefined;
}

export interface ReviewCardList {
	/** Readable cards, soonest due first. */
	cards: ReviewCard[];
	/** Records that could not be read. They stay in the database untouched, never deleted. */
	unreadable: number;
}

function toList(raws: unknown[]): ReviewCardList {
	const cards: ReviewCard[] = [];
	let unreadable = 0;
	for (const raw of raws) {
		const card = readReviewCard(raw);
		if (card) cards.push(card);
		else unreadable++;
	}
	cards.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
	return { cards, unreadable };
}

async function run<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toStorageError(error);
	}
}

/**
 * Every card, or one lesson's cards, soonest due first. Rejects with a StorageError.
 */
export function listReviewCards(lessonId?: string): Promise<ReviewCardList> {
	return run(async () => {
		const db = await database();
		const raws: unknown[] =
			lessonId === undefined
				? await db.getAll('reviewCards')
				: await db.getAllFromIndex('reviewCards', 'byLesson', lessonId);
		return toList(raws);
	});
}

/** Cards due at or before `until` (an ISO time), soonest first. Rejects with a StorageError. */
export function listDueReviewCards(until: string): Promise<ReviewCardList> {
	return run(async () => {
		const db = await database();
		const raws: unknown[] = await db.getAllFromIndex(
			'reviewCards',
			'byDue',
			keyRange().upperBound(until)
		);
		return toList(raws);
	});
}

/** The card with this id, if there is a readable one. Rejects with a StorageError. */
export function getReviewCard(id: string): Promise<ReviewCard | undefined> {
	return run(async () => readReviewCard(await (await database()).get('reviewCards', id)));
}

/** Saves (or replaces) cards in one transaction: all are on disk when it resolves, or none. */
export function putReviewCards(cards: readonly ReviewCard[]): Promise<void> {
	return run(async () => {
		const tx = (await database()).transaction('reviewCards', 'readwrite');
		const requests: Promise<unknown>[] = [tx.done];
		try {
			for (const card of cards) requests.push(tx.store.put(card));
			await Promise.all(requests);
		} catch (error) {
			for (const request of requests) request.catch(() => undefined);
			abort(tx);
			throw error;
		}
	});
}

/** Rolls back a transaction whose work failed part-way (it may have ended already). */
function abort(tx: { abort(): void; done: Promise<void> }): void {
	tx.done.catch(() => undefined);
	try {
		tx.abort();
	} catch {
		// Already finished or aborted.
	}
}

/** Saves (or replaces) one card; resolves once it is on disk. */
export function putReviewCard(card: ReviewCard): Promise<void> {
	return putReviewCards([card]);
}

/**
 * Adds the cards that do not exist yet, in one transaction, and leaves existing ones (and their
 * schedule) alone, readable or not. Resolves with the cards added.
 */
export function addReviewCards(cards: readonly ReviewCard[]): Promise<ReviewCard[]> {
	return run(async () => {
		const tx = (await database()).transaction('reviewCards', 'readwrite');
		const added: ReviewCard[] = [];
		try {
			for (const card of cards) {
				if ((await tx.store.getKey(card.id)) !== undefined) continue;
				await tx.store.add(card);
				added.push(card);
			}
			await tx.done;
		} catch (error) {
			abort(tx);
			throw error;
		}
		return added;
	});
}

/** Removes a card (nothing happens when there is none); resolves once it is gone from disk. */
export function deleteReviewCard(id: string): Promise<void> {
	return run(async () => {
		const tx = (await database()).transaction('reviewCards', 'readwrite');
		await Promise.all([tx.store.delete(id), tx.done]);
	});
}
