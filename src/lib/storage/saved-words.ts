/**
 * Words a learner keeps for review, one record per lesson and lemma. Until the review feature
 * exists they are listed on the reader page; review will read the same records.
 */
import { database, toStorageError } from './db';
import { hasFields, isNumber, isText, readEach } from './guards';

/** The version of the saved-word record this code writes. */
export const SAVED_WORD_VERSION = 1;

// A type alias, not an interface, so it fits the store's open record type.
export type SavedWord = {
	schemaVersion: typeof SAVED_WORD_VERSION;
	id: string;
	lessonId: string;
	/** Glossary id of the lemma. */
	lemmaId: string;
	/** The vowelled lemma, so the list reads without loading the lesson. */
	lemma: string;
	gloss: string;
	/** The vowelled form the learner met, and where. */
	form: string;
	sentenceId: string;
	/** Milliseconds since the epoch. */
	savedAt: number;
};

const isSavedWord = hasFields({
	schemaVersion: (x) => x === SAVED_WORD_VERSION,
	id: isText,
	lessonId: isText,
	lemmaId: isText,
	lemma: isText,
	gloss: isText,
	form: isText,
	sentenceId: isText,
	savedAt: isNumber
});

export type NewSavedWord = Omit<SavedWord, 'schemaVersion' | 'id' | 'savedAt'>;

/** The id of a lemma saved from a lesson: saving the same word twice keeps one record. */
export function savedWordId(lessonId: string, lemmaId: string): string {
	return `${lessonId}:${lemmaId}`;
}

/**
 * A stored record as a SavedWord, or undefined when it cannot be read (damaged, or written by a
 * newer version of the app). Older record versions are migrated here when there are any.
 */
export function readSavedWord(raw: unknown): SavedWord | undefined {
	return isSavedWord(raw) ? (raw as SavedWord) : undefined;
}

export interface SavedWordList {
	words: SavedWord[];
	/** Records that could not be read. They stay in the database untouched, never deleted. */
	unreadable: number;
}

/** The words saved from one lesson, oldest first. Rejects with a StorageError. */
export async function listSavedWords(lessonId: string): Promise<SavedWordList> {
	try {
		const db = await database();
		const raws: unknown[] = await db.getAllFromIndex('savedWords', 'byLesson', lessonId);
		const { records: words, unreadable } = readEach(raws, readSavedWord);
		words.sort((a, b) => a.savedAt - b.savedAt);
		return { words, unreadable };
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Saves a word (or refreshes it, if already saved); resolves once it is on disk. */
export async function saveWord(word: NewSavedWord, now: number): Promise<SavedWord> {
	const record: SavedWord = {
		...word,
		schemaVersion: SAVED_WORD_VERSION,
		id: savedWordId(word.lessonId, word.lemmaId),
		savedAt: now
	};
	try {
		const db = await database();
		const tx = db.transaction('savedWords', 'readwrite');
		await Promise.all([tx.store.put(record), tx.done]);
		return record;
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Removes a saved word; resolves once the removal is on disk. */
export async function removeSavedWord(id: string): Promise<void> {
	try {
		const db = await database();
		const tx = db.transaction('savedWords', 'readwrite');
		await Promise.all([tx.store.delete(id), tx.done]);
	} catch (error) {
		throw toStorageError(error);
	}
}

/** The words saved from every lesson, oldest first. Rejects with a StorageError. */
export async function listAllSavedWords(): Promise<SavedWordList> {
	try {
		const db = await database();
		const raws: unknown[] = await db.getAll('savedWords');
		const words: SavedWord[] = [];
		let unreadable = 0;
		for (const raw of raws) {
			const word = readSavedWord(raw);
			if (word) words.push(word);
			else unreadable++;
		}
		words.sort((a, b) => a.savedAt - b.savedAt);
		return { words, unreadable };
	} catch (error) {
		throw toStorageError(error);
	}
}
