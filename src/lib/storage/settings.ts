/**
 * Learner settings that travel with progress: how hard review schedules (desired retention) and
 * how many new cards a day it introduces. One versioned record in the settings store; defaults
 * when there is none, and when the stored one cannot be read (it is left in place, and reported).
 */
import { database, toStorageError } from './db';
import { hasFields, isIndex, isNumber } from './guards';

/** The version of the review-settings record this code writes. */
export const REVIEW_SETTINGS_VERSION = 1;
export const REVIEW_SETTINGS_ID = 'review';

/** The bounds a learner may choose from; FSRS is tuned for retention between 0.7 and 0.97. */
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;
export const NEW_CARDS_MAX = 200;

// A type alias, not an interface, so it fits the store's open record type.
export type ReviewSettings = {
	schemaVersion: typeof REVIEW_SETTINGS_VERSION;
	id: typeof REVIEW_SETTINGS_ID;
	/** The chance of recalling a card when it comes due, e.g. 0.9. */
	desiredRetention: number;
	/** At most this many cards never reviewed before are shown a day. */
	newCardsPerDay: number;
};

export type ReviewSettingsValues = Pick<ReviewSettings, 'desiredRetention' | 'newCardsPerDay'>;

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
	schemaVersion: REVIEW_SETTINGS_VERSION,
	id: REVIEW_SETTINGS_ID,
	desiredRetention: 0.9,
	newCardsPerDay: 20
};

export const isRetention = (x: unknown): boolean =>
	isNumber(x) && (x as number) >= RETENTION_MIN && (x as number) <= RETENTION_MAX;
export const isNewCardsPerDay = (x: unknown): boolean =>
	isIndex(x) && (x as number) <= NEW_CARDS_MAX;

const isReviewSettings = hasFields({
	schemaVersion: (x) => x === REVIEW_SETTINGS_VERSION,
	id: (x) => x === REVIEW_SETTINGS_ID,
	desiredRetention: isRetention,
	newCardsPerDay: isNewCardsPerDay
});

/** A stored record as ReviewSettings, or undefined when it cannot be read. */
export function readReviewSettings(raw: unknown): ReviewSettings | undefined {
	return isReviewSettings(raw) ? (raw as ReviewSettings) : undefined;
}

export interface LoadedReviewSettings {
	settings: ReviewSettings;
	/** True when a stored record exists but could not be read (defaults are used instead). */
	unreadable: boolean;
}

/** The learner's review settings, or the defaults. Rejects with a StorageError. */
export async function loadReviewSettings(): Promise<LoadedReviewSettings> {
	try {
		const raw: unknown = await (await database()).get('settings', REVIEW_SETTINGS_ID);
		if (raw === undefined) return { settings: DEFAULT_REVIEW_SETTINGS, unreadable: false };
		const settings = readReviewSettings(raw);
		return settings
			? { settings, unreadable: false }
			: { settings: DEFAULT_REVIEW_SETTINGS, unreadable: true };
	} catch (error) {
		throw toStorageError(error);
	}
}

/**
 * Saves the review settings; resolves once they are on disk. Values out of bounds are refused
 * with a RangeError naming the field, and nothing is written.
 */
export async function saveReviewSettings(values: ReviewSettingsValues): Promise<ReviewSettings> {
	if (!isRetention(values.desiredRetention)) throw new RangeError('desiredRetention');
	if (!isNewCardsPerDay(values.newCardsPerDay)) throw new RangeError('newCardsPerDay');
	const record: ReviewSettings = { ...DEFAULT_REVIEW_SETTINGS, ...values };
	try {
		const tx = (await database()).transaction('settings', 'readwrite');
		await Promise.all([tx.store.put(record), tx.done]);
		return record;
	} catch (error) {
		throw toStorageError(error);
	}
}
