/**
 * The teacher's own question sets: one record per set, holding the set as it is being written
 * (`draft`, saved as the teacher types, valid or not) and the version learners get (`published`,
 * which passed the content schema when it was published). Built-in sets are never stored here: a
 * copy of one is a new record that names its origin in `copiedFrom`.
 *
 * Storage checks the record's envelope only; the sets inside are content, checked against the
 * content schema by the caller (src/lib/state) when they are read back.
 */
import { database, toStorageError } from './db';
import { hasFields, isNumber, isOptional, isRecord, isText, readEach } from './guards';

/** The version of the record this code writes. */
export const TEACHER_SET_VERSION = 1;

// A type alias, not an interface, so it fits the store's open record type.
export type TeacherSetRecord = {
	schemaVersion: typeof TEACHER_SET_VERSION;
	/** The set's id, unique among built-in and own sets. */
	id: string;
	/** The lesson (article id) the set is about. */
	lessonId: string;
	/** The set as the teacher last left it: plain JSON in the shape of a question set. */
	draft: Record<string, unknown>;
	/** The version learners get, when the set has been published. */
	published?: Record<string, unknown>;
	/** The built-in set this one was copied from. */
	copiedFrom?: string;
	/** Milliseconds since the epoch, passed in by the caller. */
	createdAt: number;
	updatedAt: number;
	publishedAt?: number;
};

const isTeacherSet = hasFields({
	schemaVersion: (x) => x === TEACHER_SET_VERSION,
	id: isText,
	lessonId: isText,
	draft: isRecord,
	published: isOptional(isRecord),
	copiedFrom: isOptional(isText),
	createdAt: isNumber,
	updatedAt: isNumber,
	publishedAt: isOptional(isNumber)
});

/** A stored record as a TeacherSetRecord, or undefined when it cannot be read. */
export function readTeacherSet(raw: unknown): TeacherSetRecord | undefined {
	return isTeacherSet(raw) ? (raw as TeacherSetRecord) : undefined;
}

/**
 * Saves (or replaces) a teacher's set; resolves once it is on disk. The record is written as
 * given: a draft is saved whatever it holds. Rejects with a StorageError.
 */
export async function saveTeacherSet(record: TeacherSetRecord): Promise<TeacherSetRecord> {
	try {
		const db = await database();
		const tx = db.transaction('teacherSets', 'readwrite');
		await Promise.all([tx.store.put(record), tx.done]);
		return record;
	} catch (error) {
		throw toStorageError(error);
	}
}

/** The set with this id, if there is a readable one. Rejects with a StorageError. */
export async function loadTeacherSet(id: string): Promise<TeacherSetRecord | undefined> {
	try {
		const db = await database();
		return readTeacherSet(await db.get('teacherSets', id));
	} catch (error) {
		throw toStorageError(error);
	}
}

/**
 * Every readable set (of one lesson, when `lessonId` is given), most recently changed first, and
 * how many records could not be read (skipped, never deleted). Rejects with a StorageError.
 */
export async function listTeacherSets(
	lessonId?: string
): Promise<{ sets: TeacherSetRecord[]; unreadable: number }> {
	try {
		const db = await database();
		const raws: unknown[] = lessonId
			? await db.getAllFromIndex('teacherSets', 'byLesson', lessonId)
			: await db.getAll('teacherSets');
		const { records: sets, unreadable } = readEach(raws, readTeacherSet);
		sets.sort((a, b) => b.updatedAt - a.updatedAt);
		return { sets, unreadable };
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Removes a set (nothing happens when there is none). Rejects with a StorageError. */
export async function deleteTeacherSet(id: string): Promise<void> {
	try {
		const db = await database();
		const tx = db.transaction('teacherSets', 'readwrite');
		await Promise.all([tx.store.delete(id), tx.done]);
	} catch (error) {
		throw toStorageError(error);
	}
}

/**
 * The stored set with this id: its record, 'unreadable' when a record is there but cannot be
 * read (it is left as it is), or undefined when there is none. Rejects with a StorageError.
 */
export async function findTeacherSet(
	id: string
): Promise<TeacherSetRecord | 'unreadable' | undefined> {
	try {
		const db = await database();
		const raw: unknown = await db.get('teacherSets', id);
		if (raw === undefined) return undefined;
		return readTeacherSet(raw) ?? 'unreadable';
	} catch (error) {
		throw toStorageError(error);
	}
}

/**
 * Saves `record` only if the stored one is still the version this tab last saved or read (its
 * `updatedAt` is `expected`; undefined: there must be none), in one transaction, so that two tabs
 * never overwrite each other's newer work. Resolves to `{ saved: true }`, or to what is stored
 * instead (a newer record, an unreadable one, or none: deleted elsewhere). Rejects with a
 * StorageError.
 */
export async function saveTeacherSetOver(
	record: TeacherSetRecord,
	expected: number | undefined
): Promise<
	{ saved: true } | { saved: false; stored: TeacherSetRecord | 'unreadable' | undefined }
> {
	try {
		const db = await database();
		const tx = db.transaction('teacherSets', 'readwrite');
		const raw: unknown = await tx.store.get(record.id);
		const stored = raw === undefined ? undefined : (readTeacherSet(raw) ?? 'unreadable');
		const current =
			stored === undefined ? undefined : stored === 'unreadable' ? NaN : stored.updatedAt;
		if (current !== expected) {
			await tx.done;
			return { saved: false, stored };
		}
		await Promise.all([tx.store.put(record), tx.done]);
		return { saved: true };
	} catch (error) {
		throw toStorageError(error);
	}
}
