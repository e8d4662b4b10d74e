/**
 * What every reader component shares: the lesson with its look-up tables, the reader's state
 * objects, and the few actions that cross components (focus a word, open its details).
 */
import { getContext, setContext } from 'svelte';
import type {
	Block,
	Entity,
	Expression,
	GlossaryEntry,
	Lesson,
	Sentence
} from '$lib/content/schema';
import type { WordRef } from '$lib/domain/reader/words';
import type { ReaderSession } from './reader.svelte';
import type { ReaderSettings } from './reader-settings.svelte';
import type { SavedWords } from './saved-words.svelte';
import type { Speech } from './speech.svelte';

export interface Reader {
	lesson: Lesson;
	words: readonly WordRef[];
	glossary: ReadonlyMap<string, GlossaryEntry>;
	entities: ReadonlyMap<string, Entity>;
	expressions: ReadonlyMap<string, Expression>;
	sentences: ReadonlyMap<string, Sentence>;
	blocks: ReadonlyMap<string, Block>;
	settings: ReaderSettings;
	session: ReaderSession;
	saved: SavedWords;
	speech: Speech;
	/** Makes the word the tab stop and focuses it. */
	focusWord(index: number): void;
	/** Opens the word's details (focus moves into them). */
	openWord(index: number): void;
	/** Closes the details; focus returns to the word unless the learner moved it elsewhere. */
	closeWord(returnFocus: boolean): void;
	/** Reads sentences aloud, by id. */
	listen(sentenceIds: readonly string[]): void;
}

const KEY = Symbol('reader');

export function setReader(reader: Reader): Reader {
	return setContext(KEY, reader);
}

export function getReader(): Reader {
	return getContext<Reader>(KEY);
}
