import { SvelteSet } from 'svelte/reactivity';

/**
 * Where the learner is in the article: the word that holds the tab stop, whether its details are
 * open, and what they revealed. Not saved: a new visit starts fresh.
 */
export class ReaderSession {
	/** Reading-order index of the word that holds the tab stop. */
	current = $state(0);
	/** True while the details popover of the current word is open. */
	open = $state(false);
	/** Keys of words shown in full in "as printed" mode. */
	readonly revealedWords = new SvelteSet<string>();
	/** Ids of sentences whose translation is shown. */
	readonly revealedSentences = new SvelteSet<string>();

	toggleWord(key: string): void {
		if (this.revealedWords.has(key)) this.revealedWords.delete(key);
		else this.revealedWords.add(key);
	}

	toggleSentence(id: string): void {
		if (this.revealedSentences.has(id)) this.revealedSentences.delete(id);
		else this.revealedSentences.add(id);
	}
}
