/** A review store in memory, for session and component tests; it can be told to fail writes. */
import type { Draft } from '../../../src/lib/storage/drafts';
import type { ReviewCard } from '../../../src/lib/storage/review-cards';
import type { SavedWord } from '../../../src/lib/storage/saved-words';
import {
	DEFAULT_REVIEW_SETTINGS,
	type ReviewSettings,
	type ReviewSettingsValues
} from '../../../src/lib/storage/settings';
import type { ReviewStore } from '../../../src/lib/state/review-store';
import { StorageError } from '../../../src/lib/storage/db';

export class MemoryReviewStore implements ReviewStore {
	cards = new Map<string, ReviewCard>();
	words: SavedWord[] = [];
	settings: ReviewSettings = { ...DEFAULT_REVIEW_SETTINGS };
	drafts = new Map<string, Draft>();
	/** When set, every write rejects with a StorageError of this kind. */
	failWrites?: 'quota';

	#write(): void {
		if (this.failWrites) throw new StorageError(this.failWrites);
	}

	async listCards() {
		return { cards: [...this.cards.values()], unreadable: 0 };
	}
	async addCards(list: readonly ReviewCard[]) {
		this.#write();
		const added = list.filter((c) => !this.cards.has(c.id));
		for (const c of added) this.cards.set(c.id, structuredClone(c));
		return added;
	}
	async putCard(card: ReviewCard) {
		this.#write();
		this.cards.set(card.id, structuredClone(card));
	}
	async listSavedWords() {
		return { words: this.words, unreadable: 0 };
	}
	async loadSettings() {
		return { settings: this.settings, unreadable: false };
	}
	async saveSettings(values: ReviewSettingsValues) {
		this.#write();
		this.settings = { ...this.settings, ...values };
		return this.settings;
	}
	async loadDraft(id: string) {
		return this.drafts.get(id);
	}
	async saveDraft(id: string, value: unknown, savedAt: number) {
		this.#write();
		this.drafts.set(id, {
			schemaVersion: 1,
			id,
			kind: 'answer',
			value: structuredClone(value),
			savedAt
		});
	}
	async deleteDraft(id: string) {
		this.#write();
		this.drafts.delete(id);
	}
}

/** A saved word of the seed lesson, as the reader stores it. */
export function savedWord(lemmaId: string, sentenceId: string, savedAt: number): SavedWord {
	return {
		schemaVersion: 1,
		id: `shoigu-tehran-2023:${lemmaId}`,
		lessonId: 'shoigu-tehran-2023',
		lemmaId,
		lemma: lemmaId,
		gloss: lemmaId,
		form: lemmaId,
		sentenceId,
		savedAt
	};
}
