/**
 * Everything on the device at once: read for the dashboard and the backup file, merged back from
 * a backup in one transaction, or erased. Each record is checked by its own store's reader, so a
 * backup holds only records the app can read, and an import writes only such records.
 */
import {
	BACKUP_KINDS,
	BackupError,
	planMerge,
	type BackupKind,
	type BackupRecord,
	type BackupRecords,
	type MergePlan,
	type Newer
} from '../interop/progress-backup';
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

const READERS: Record<BackupKind, (raw: unknown) => unknown> = {
	attempts: readAttempt,
	quizProgress: readQuizProgress,
	savedWords: readSavedWord,
	reviewCards: readReviewCard,
	settings: readSetting,
	drafts: readDraft
};

/** Review cards compare by reviews given, then by the latest review. */
export const newerCard: Newer = (incoming, existing) => {
	const reps = Number(incoming.reps ?? 0) - Number(existing.reps ?? 0);
	if (reps !== 0) return reps;
	const time = (r: BackupRecord) =>
		typeof r.lastReview === 'string' ? Date.parse(r.lastReview) : 0;
	return time(incoming) - time(existing);
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

type Tx = {
	objectStore(name: BackupKind): { getAll(): Promise<unknown[]> };
};

async function readAll(tx: Tx): Promise<DeviceSnapshot> {
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

/**
 * Throws a BackupError naming the first record of a backup its store could not read (a field of
 * the wrong type, a newer record version). Attempts travel without their key: one is lent here.
 */
export function checkRecords(records: BackupRecords): void {
	for (const kind of BACKUP_KINDS)
		records[kind].forEach((record, i) => {
			const raw = kind === 'attempts' ? { ...record, id: 0 } : record;
			if (READERS[kind](raw) === undefined)
				throw new BackupError({ code: 'unreadable-record', path: `${kind}[${i}]` });
		});
}

/** What importing these records would add and replace, against what the device holds now. */
export async function previewImport(records: BackupRecords): Promise<MergePlan> {
	checkRecords(records);
	const device = await readDevice();
	return planMerge(records, device.records, { reviewCards: newerCard });
}

/**
 * Merges a backup's records into the device in one transaction: all of the plan is on disk when
 * it resolves, or (on any failure, a full disk included) nothing changed. The plan is made again
 * inside the transaction, so what another tab wrote meanwhile is not duplicated.
 */
export async function importRecords(records: BackupRecords): Promise<MergePlan> {
	checkRecords(records);
	try {
		const db = await database();
		const tx = db.transaction([...BACKUP_KINDS], 'readwrite');
		const writes: Promise<unknown>[] = [];
		try {
			const device = await readAll(tx);
			const plan = planMerge(records, device.records, { reviewCards: newerCard });
			for (const kind of BACKUP_KINDS)
				for (const record of plan.writes[kind])
					writes.push(
						kind === 'attempts'
							? tx.objectStore('attempts').add(record as never)
							: tx.objectStore(kind).put(record as never)
					);
			await Promise.all([...writes, tx.done]);
			return plan;
		} catch (error) {
			// The other writes fail with the abort: nobody waits for them now.
			for (const write of writes) write.catch(() => undefined);
			tx.done.catch(() => undefined);
			try {
				tx.abort();
			} catch {
				// Already aborted by the failed request.
			}
			throw error;
		}
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Empties every store in one transaction. Rejects with a StorageError (then nothing is erased). */
export async function eraseDevice(): Promise<void> {
	try {
		const db = await database();
		const tx = db.transaction([...BACKUP_KINDS], 'readwrite');
		await Promise.all([...BACKUP_KINDS.map((kind) => tx.objectStore(kind).clear()), tx.done]);
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
