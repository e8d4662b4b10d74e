/**
 * Work not yet checked or published: a half-typed answer, an editor draft. Saved as it is typed
 * (one record per id, replaced on each save) so a reload, an update or a crash loses nothing; a
 * draft is deleted once the work it holds is checked or published.
 */
import { database, keyRange, toStorageError } from './db';
import { hasFields, isNumber, isText, readEach } from './guards';

/** The version of the draft record this code writes. */
export const DRAFT_VERSION = 1;

export type DraftKind = 'answer' | 'editor';

// A type alias, not an interface, so it fits the store's open record type.
export type Draft = {
	schemaVersion: typeof DRAFT_VERSION;
	/** Chosen by the caller, e.g. `answer:<lesson>:<set>:<question>`. */
	id: string;
	kind: DraftKind;
	/** Plain JSON data: what the caller needs to put the work back. */
	value: unknown;
	/** Milliseconds since the epoch, passed in by the caller. */
	savedAt: number;
};

const isDraft = hasFields({
	schemaVersion: (x) => x === DRAFT_VERSION,
	id: isText,
	kind: (x) => x === 'answer' || x === 'editor',
	savedAt: isNumber
});

/** A stored record as a Draft, or undefined when it cannot be read (damaged or from a newer app). */
export function readDraft(raw: unknown): Draft | undefined {
	return isDraft(raw) ? (raw as Draft) : undefined;
}

/** Saves (or replaces) a draft; resolves once it is on disk. Rejects with a StorageError. */
export async function saveDraft(
	id: string,
	kind: DraftKind,
	value: unknown,
	savedAt: number
): Promise<Draft> {
	const record: Draft = { schemaVersion: DRAFT_VERSION, id, kind, value, savedAt };
	try {
		const db = await database();
		const tx = db.transaction('drafts', 'readwrite');
		await Promise.all([tx.store.put(record), tx.done]);
		return record;
	} catch (error) {
		throw toStorageError(error);
	}
}

/** The draft with this id, if there is a readable one. Rejects with a StorageError. */
export async function loadDraft(id: string): Promise<Draft | undefined> {
	try {
		const db = await database();
		return readDraft(await db.get('drafts', id));
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Every readable draft whose id starts with `prefix`, oldest first, and how many were unreadable. */
export async function listDrafts(prefix = ''): Promise<{ drafts: Draft[]; unreadable: number }> {
	try {
		const db = await database();
		const range = prefix ? keyRange().bound(prefix, prefix + '\uffff') : undefined;
		const raws: unknown[] = await db.getAll('drafts', range);
		const { records: drafts, unreadable } = readEach(raws, readDraft);
		drafts.sort((a, b) => a.savedAt - b.savedAt);
		return { drafts, unreadable };
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Removes a draft (nothing happens when there is none); resolves once it is gone from disk. */
export async function deleteDraft(id: string): Promise<void> {
	try {
		const db = await database();
		const tx = db.transaction('drafts', 'readwrite');
		await Promise.all([tx.store.delete(id), tx.done]);
	} catch (error) {
		throw toStorageError(error);
	}
}
