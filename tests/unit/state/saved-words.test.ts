import { expect, it, vi } from 'vitest';
import type { SavedWord } from '../../../src/lib/storage/saved-words';

// The store as a list the test controls: a read answers with what was stored when it began, and
// only when the test lets it finish (as a slow read from IndexedDB would).
const stored = new Map<string, SavedWord>();
const reads: (() => void)[] = [];
vi.mock('../../../src/lib/storage/saved-words', async (importOriginal) => ({
	...(await importOriginal<typeof import('../../../src/lib/storage/saved-words')>()),
	listSavedWords: () => {
		const words = [...stored.values()];
		return new Promise((resolve) => reads.push(() => resolve({ words, unreadable: 0 })));
	},
	removeSavedWord: async (id: string) => void stored.delete(id)
}));

const { SavedWords } = await import('../../../src/lib/state/saved-words.svelte');

it('does not bring back a removed word when a reload began before the removal', async () => {
	vi.stubGlobal('navigator', {});
	const word: SavedWord = {
		schemaVersion: 1,
		id: 'lesson:wazir',
		lessonId: 'lesson',
		lemmaId: 'wazir',
		lemma: 'وَزِير',
		gloss: 'minister',
		form: 'وَزِيرُ',
		sentenceId: 'p1.s1',
		savedAt: 1
	};
	stored.set(word.id, word);
	const list = new SavedWords('lesson');
	// A reload (another tab saved a word) is under way when the learner presses Remove.
	const loading = list.load();
	await list.remove('wazir');
	expect(list.words).toEqual([]);
	reads.shift()?.();
	await vi.waitFor(() => {
		reads.shift()?.();
		expect(list.loaded).toBe(true);
	});
	await loading;
	expect(list.words).toEqual([]);
	vi.unstubAllGlobals();
});
