/**
 * Everything on the device at once, read for the dashboard and the backup file (merging a backup
 * back and erasing are in backup-import.ts, fetched when the learner asks). Each record is checked
 * by its own store's reader, so a backup holds only records the app can read, and an import
 * writes only such records.
 */
import {
	BACKUP_KINDS,
	type BackupKind,
	type BackupRecord,
	type BackupRecords
} from '../interop/backup-records';
import { readAttempt, readQuizProgress, type Attempt } from './attempts';
import { database, toStorageError } from './db';
import { readDraft } from './drafts';
import { isNumber, isRecord, isText } from './guards';
import { readReviewCard, type ReviewCard } from './review-cards';
import { readSavedWord, type SavedWord } from './saved-words';
import { readReviewSettings, REVIEW_SETTINGS_ID } from './settings';

/** A settings record: the review settings are checked by their module, others by their shape. */
function readSetting(raw: unknown): unknown {
	if (isRecord(raw) && raw.id === REVIEW_SETTINGS_ID) return readReviewSettings(raw);
	return isRecord(raw) && isText(raw.id) && isNumber(raw.schemaVersion) ? raw : undefined;
}

/** Each store's reader: a record it cannot read is left out (and counted). */
export const READERS: Record<BackupKind, (raw: unknown) => unknown> = {
	attempts: readAttempt,
	quizProgress: readQuizProgress,
	savedWords: readSavedWord,
	reviewCards: readReviewCard,
	settings: readSetting,
	drafts: readDraft
};

export interface DeviceSnapshot {
	/** Readable records as stored, per store: what a backup holds. */
	records: BackupRecords;
	/** The same records as the app reads them (old versions brought up to date). */
	attempts: Attempt[];
	savedWords: SavedWord[];
	reviewCards: ReviewCard[];
	/** Records that could not be read, per store: left in place, never exported. */
	unreadable: Record<BackupKind, number>;
}

/** A transaction over every store a backup carries (read-only or not). */
export type Tx = {
	objectStore(name: BackupKind): { getAll(): Promise<unknown[]> };
};

/** Every readable record of every store, within `tx`. */
export async function readAll(tx: Tx): Promise<DeviceSnapshot> {
	const lists = await Promise.all(BACKUP_KINDS.map((kind) => tx.objectStore(kind).getAll()));
	const snapshot: DeviceSnapshot = {
		records: {} as BackupRecords,
		attempts: [],
		savedWords: [],
		reviewCards: [],
		unreadable: {} as Record<BackupKind, number>
	};
	BACKUP_KINDS.forEach((kind, i) => {
		const records: BackupRecord[] = [];
		let unreadable = 0;
		for (const raw of lists[i]!) {
			const read = READERS[kind](raw);
			if (read === undefined) {
				unreadable++;
				continue;
			}
			records.push(raw as BackupRecord);
			if (kind === 'attempts') snapshot.attempts.push(read as Attempt);
			else if (kind === 'savedWords') snapshot.savedWords.push(read as SavedWord);
			else if (kind === 'reviewCards') snapshot.reviewCards.push(read as ReviewCard);
		}
		snapshot.records[kind] = records;
		snapshot.unreadable[kind] = unreadable;
	});
	snapshot.attempts.sort((a, b) => a.answeredAt - b.answeredAt || a.id - b.id);
	return snapshot;
}

/** Every readable record of every store, read in one transaction. Rejects with a StorageError. */
export async function readDevice(): Promise<DeviceSnapshot> {
	try {
		const db = await database();
		return await readAll(db.transaction([...BACKUP_KINDS], 'readonly'));
	} catch (error) {
		throw toStorageError(error);
	}
}

const LEARNER_ID = 'learner';

/**
 * The learner's anonymous id for reports: made once by `make` (random), kept in the settings
 * store so it travels in backups. Rejects with a StorageError.
 */
export async function learnerId(make: () => string): Promise<string> {
	try {
		const db = await database();
		const tx = db.transaction('settings', 'readwrite');
		const stored: unknown = await tx.store.get(LEARNER_ID);
		if (isRecord(stored) && isText(stored.name)) {
			await tx.done;
			return stored.name as string;
		}
		const name = make();
		await Promise.all([tx.store.put({ schemaVersion: 1, id: LEARNER_ID, name }), tx.done]);
		return name;
	} catch (error) {
		throw toStorageError(error);
	}
}
