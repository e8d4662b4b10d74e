/**
 * A backup merged back into the device in one transaction, or everything erased: the progress
 * page fetches this when the learner imports or erases (issue 12), not with the dashboard.
 */
import {
	BACKUP_KINDS,
	BackupError,
	planMerge,
	type BackupRecord,
	type BackupRecords,
	type MergePlan,
	type Newer
} from '../interop/progress-backup';
import { readAll, readDevice, READERS } from './backup';
import { database, toStorageError } from './db';

/** Review cards compare by reviews given, then by the latest review. */
export const newerCard: Newer = (incoming, existing) => {
	const reps = Number(incoming.reps ?? 0) - Number(existing.reps ?? 0);
	if (reps !== 0) return reps;
	const time = (r: BackupRecord) =>
		typeof r.lastReview === 'string' ? Date.parse(r.lastReview) : 0;
	return time(incoming) - time(existing);
};

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
