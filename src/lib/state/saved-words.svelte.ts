import {
	listSavedWords,
	removeSavedWord,
	saveWord,
	savedWordId,
	type NewSavedWord,
	type SavedWord
} from '$lib/storage/saved-words';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import { announceProgress, onProgressChange } from './progress-channel';

/**
 * The words saved from one lesson. The list changes only after the database confirms a write,
 * so what the learner sees is what is stored; a failed write leaves both as they were. A read that
 * a write of this list overtook (a reload from another tab's change while the learner removes a
 * word) is read again rather than put back over the newer list.
 */
export class SavedWords {
	readonly lessonId: string;
	#words = $state<SavedWord[]>([]);
	#loaded = $state(false);
	#unreadable = $state(0);
	#error = $state<StorageErrorKind | undefined>();
	/** Writes started: a read started before the last of them may hold an older list. */
	#writes = 0;

	constructor(lessonId: string) {
		this.lessonId = lessonId;
	}

	get words(): readonly SavedWord[] {
		return this.#words;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	/** Stored records that could not be read; they are kept, not deleted. */
	get unreadable(): number {
		return this.#unreadable;
	}
	/** The last failure, until the next operation succeeds. */
	get error(): StorageErrorKind | undefined {
		return this.#error;
	}

	has(lemmaId: string): boolean {
		const id = savedWordId(this.lessonId, lemmaId);
		return this.#words.some((w) => w.id === id);
	}

	async load(): Promise<void> {
		await this.#run(async () => {
			let list;
			let writes;
			do {
				writes = this.#writes;
				list = await listSavedWords(this.lessonId);
			} while (writes !== this.#writes);
			this.#words = list.words;
			this.#unreadable = list.unreadable;
			this.#loaded = true;
		});
	}

	/** Reloads the list when another tab saves or removes a word; returns a function to stop. */
	follow(): () => void {
		return onProgressChange((change) => {
			if (change === 'savedWords') void this.load();
		});
	}

	async add(word: Omit<NewSavedWord, 'lessonId'>, now: number = Date.now()): Promise<void> {
		this.#writes++;
		await this.#run(async () => {
			const saved = await saveWord({ ...word, lessonId: this.lessonId }, now);
			this.#words = [...this.#words.filter((w) => w.id !== saved.id), saved];
			announceProgress('savedWords');
		});
	}

	async remove(lemmaId: string): Promise<void> {
		const id = savedWordId(this.lessonId, lemmaId);
		this.#writes++;
		await this.#run(async () => {
			await removeSavedWord(id);
			this.#words = this.#words.filter((w) => w.id !== id);
			announceProgress('savedWords');
		});
	}

	async #run(operation: () => Promise<void>): Promise<void> {
		try {
			await operation();
			this.#error = undefined;
		} catch (error) {
			this.#error = toStorageError(error).kind;
		}
	}
}
