/**
 * Where a review session keeps its cards, settings and half-typed answer: the device's database,
 * or a stand-in that tests pass. Every write is announced to the other tabs.
 */
import * as drafts from '$lib/storage/drafts';
import * as cards from '$lib/storage/review-cards';
import { listAllSavedWords, type SavedWordList } from '$lib/storage/saved-words';
import * as settings from '$lib/storage/settings';
import { announceProgress } from './progress-channel';

export interface ReviewStore {
	listCards(): Promise<cards.ReviewCardList>;
	addCards(list: readonly cards.ReviewCard[]): Promise<cards.ReviewCard[]>;
	putCard(card: cards.ReviewCard): Promise<void>;
	listSavedWords(): Promise<SavedWordList>;
	loadSettings(): Promise<settings.LoadedReviewSettings>;
	saveSettings(values: settings.ReviewSettingsValues): Promise<settings.ReviewSettings>;
	loadDraft(id: string): Promise<drafts.Draft | undefined>;
	saveDraft(id: string, value: unknown, savedAt: number): Promise<unknown>;
	deleteDraft(id: string): Promise<void>;
}

export const deviceReviewStore: ReviewStore = {
	listCards: () => cards.listReviewCards(),
	async addCards(list) {
		const added = await cards.addReviewCards(list);
		if (added.length) announceProgress('reviewCards');
		return added;
	},
	async putCard(card) {
		await cards.putReviewCard(card);
		announceProgress('reviewCards');
	},
	listSavedWords: listAllSavedWords,
	loadSettings: settings.loadReviewSettings,
	async saveSettings(values) {
		const saved = await settings.saveReviewSettings(values);
		announceProgress('settings');
		return saved;
	},
	loadDraft: drafts.loadDraft,
	saveDraft: (id, value, savedAt) => drafts.saveDraft(id, 'answer', value, savedAt),
	deleteDraft: drafts.deleteDraft
};

/** The limits a review setting must keep, for the settings form (components reach storage only here). */
export {
	NEW_CARDS_MAX,
	RETENTION_MAX,
	RETENTION_MIN,
	isNewCardsPerDay,
	isRetention
} from '$lib/storage/settings';
