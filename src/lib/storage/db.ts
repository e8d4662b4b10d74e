/**
 * The app's one IndexedDB database, 'fahm'. Each version adds stores through one migration step,
 * so a device that skipped versions runs every step it missed, in order. Only src/lib/storage/
 * opens it.
 */
import {
	openDB,
	wrap,
	type DBSchema,
	type IDBPDatabase,
	type IDBPTransaction,
	type StoreNames
} from 'idb';
import { reportMemoryMode, resetStorageMode } from './storage-mode';

export const DB_NAME = 'fahm';

/** A saved word as stored; read back through saved-words.ts, which validates it. */
export interface StoredSavedWord {
	schemaVersion: number;
	id: string;
	lessonId: string;
	[field: string]: unknown;
}

/** A checked answer or a quiz position as stored; read back through attempts.ts, which validates it. */
export interface StoredPracticeRecord {
	schemaVersion: number;
	lessonId: string;
	setId: string;
	[field: string]: unknown;
}

export interface FahmSchema extends DBSchema {
	savedWords: { key: string; value: StoredSavedWord; indexes: { byLesson: string } };
	/** Every checked answer, never overwritten: the key is a number the store assigns. */
	attempts: {
		key: number;
		value: StoredPracticeRecord;
		indexes: { bySet: [string, string] };
	};
	/** One record per lesson and question set: where the learner is in its quiz. */
	quizProgress: { key: string; value: StoredPracticeRecord & { id: string } };
	/** One spaced-repetition card per glossary entry (FSRS state and its review log). */
	reviewCards: { key: string; value: StoredRecord; indexes: { byDue: string; byLesson: string } };
	/** Unchecked answers and editor drafts, saved as they are typed so nothing half-done is lost. */
	drafts: { key: string; value: StoredRecord };
	/** Learner settings that belong with progress (review limits, retention); one record per id. */
	settings: { key: string; value: StoredRecord };
	teacherSets: { key: string; value: StoredRecord; indexes: { byLesson: string } };
}

/** A record of the stores added in version 3; each store's module validates what it reads. */
export interface StoredRecord {
	schemaVersion: number;
	id: string;
	[field: string]: unknown;
}

export type FahmDB = IDBPDatabase<FahmSchema>;
type UpgradeTx = IDBPTransaction<FahmSchema, StoreNames<FahmSchema>[], 'versionchange'>;

/**
 * Migration steps; step i takes the database from version i to i + 1. Append, never edit: a
 * device may be on any earlier version.
 */
const MIGRATIONS: ((db: FahmDB, tx: UpgradeTx) => void)[] = [
	(db) => {
		const store = db.createObjectStore('savedWords', { keyPath: 'id' });
		store.createIndex('byLesson', 'lessonId');
	},
	// 1 -> 2: practice. Checked answers are appended (auto-numbered, never replaced) and indexed
	// by lesson and set; the quiz position is one record per lesson and set.
	(db) => {
		const attempts = db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
		attempts.createIndex('bySet', ['lessonId', 'setId']);
		db.createObjectStore('quizProgress', { keyPath: 'id' });
	},
	// 2 -> 3: review cards (indexed by due date and lesson), drafts of unchecked answers and
	// editor work, and settings that travel with progress in a backup.
	(db) => {
		const cards = db.createObjectStore('reviewCards', { keyPath: 'id' });
		cards.createIndex('byDue', 'due');
		cards.createIndex('byLesson', 'lessonId');
		db.createObjectStore('drafts', { keyPath: 'id' });
		db.createObjectStore('settings', { keyPath: 'id' });
	},
	// 3 -> 4: the teacher's own question sets (a draft and the published version), by lesson.
	(db) => {
		const sets = db.createObjectStore('teacherSets', { keyPath: 'id' });
		sets.createIndex('byLesson', 'lessonId');
	}
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the migration steps from `oldVersion` up to `newVersion`. */
export function upgrade(db: FahmDB, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
	for (let v = oldVersion; v < newVersion; v++) MIGRATIONS[v]!(db, tx);
}

export type StorageErrorKind = 'unavailable' | 'blocked' | 'quota' | 'version' | 'unknown';

/** A storage failure the UI can explain; `kind` picks the message. */
export class StorageError extends Error {
	constructor(
		readonly kind: StorageErrorKind,
		options?: { cause?: unknown }
	) {
		super(`storage: ${kind}`, options);
		this.name = 'StorageError';
	}
}

/** Maps what IndexedDB throws to a StorageError; passes StorageErrors through. */
export function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') return new StorageError('quota', { cause: error });
	if (name === 'VersionError') return new StorageError('version', { cause: error });
	// Firefox's private windows and some embedded browsers refuse to open any database.
	if (name === 'InvalidStateError' || name === 'SecurityError')
		return new StorageError('unavailable', { cause: error });
	return new StorageError('unknown', { cause: error });
}

let connection: Promise<FahmDB> | undefined;

/**
 * Where progress lives when the browser refuses IndexedDB (some private modes): an in-memory
 * IndexedDB, loaded only then, behind the same API, so the app works for as long as the tab is
 * open. On by default in a browser; off elsewhere (tests turn it on to check it).
 */
let memoryFallback = typeof document !== 'undefined';
let memory: Promise<FahmDB> | undefined;
let memoryKeyRange: typeof IDBKeyRange | undefined;

/** IDBKeyRange of the database in use (the in-memory one has its own). */
export function keyRange(): typeof IDBKeyRange {
	return memoryKeyRange ?? globalThis.IDBKeyRange;
}

export function setMemoryFallback(on: boolean): void {
	memoryFallback = on;
	memory = undefined;
	memoryKeyRange = undefined;
	resetStorageMode();
}

function openInMemory(): Promise<FahmDB> {
	memory ??= import('fake-indexeddb').then(
		({ IDBFactory, IDBKeyRange }) =>
			new Promise<FahmDB>((resolve, reject) => {
				memoryKeyRange = IDBKeyRange;
				const request = new IDBFactory().open(DB_NAME, DB_VERSION);
				request.onupgradeneeded = (event) =>
					upgrade(
						wrap(request.result) as FahmDB,
						event.oldVersion,
						DB_VERSION,
						wrap(request.transaction!) as unknown as UpgradeTx
					);
				request.onsuccess = () => {
					reportMemoryMode();
					resolve(wrap(request.result) as FahmDB);
				};
				request.onerror = () => reject(toStorageError(request.error));
			})
	);
	return memory;
}

/** The open database, opened (and upgraded) on first use; rejects with a StorageError. */
export function database(): Promise<FahmDB> {
	if (memory) return memory;
	const device = deviceDatabase();
	if (!memoryFallback) return device;
	return device.catch((error: unknown) => {
		if (error instanceof StorageError && error.kind === 'unavailable') return openInMemory();
		throw error;
	});
}

function deviceDatabase(): Promise<FahmDB> {
	if (!globalThis.indexedDB) return Promise.reject(new StorageError('unavailable'));
	connection ??= new Promise<FahmDB>((resolve, reject) => {
		let gaveUp = false;
		openDB<FahmSchema>(DB_NAME, DB_VERSION, {
			upgrade: (db, oldVersion, newVersion, tx) =>
				upgrade(db, oldVersion, newVersion ?? DB_VERSION, tx),
			// An older version is open in another tab: say so now rather than wait in silence.
			blocked: () => {
				gaveUp = true;
				reject(new StorageError('blocked'));
			},
			// A newer version wants to upgrade: step aside so it can, and reopen on next use.
			blocking: () => closeDatabase(),
			terminated: () => {
				connection = undefined;
			}
		}).then(
			// Opened after all, once the other tab let go: nobody waits for this connection now.
			(db) => (gaveUp ? db.close() : resolve(db)),
			(error: unknown) => reject(toStorageError(error))
		);
	});
	const opening = connection;
	opening.catch(() => {
		if (connection === opening) connection = undefined;
	});
	return opening;
}

/** Closes the connection, if open; the next call to database() reopens it. */
export function closeDatabase(): void {
	const open = connection;
	connection = undefined;
	void open?.then((db) => db.close()).catch(() => undefined);
}
