/**
 * Where the learner is in the article: the word that holds the tab stop, whether its details are
 * open, and what they revealed. Not saved: a new visit starts fresh.
 */
export class ReaderSession {
	/** Reading-order index of the word that holds the tab stop. */
	current = $state(0);
	/** True while the details popover of the current word is open. */
	open = $state(false);
	// Deep state: each key is its own signal, so revealing one word or sentence updates only the
	// places that show it (as SvelteSet would, without its code on the page).
	#words = $state<Record<string, true>>({});
	#sentences = $state<Record<string, true>>({});

	/** True when the word (by key) is shown in full in "as printed" mode. */
	wordRevealed(key: string): boolean {
		return this.#words[key] === true;
	}

	/** True when the sentence's translation is shown. */
	sentenceRevealed(id: string): boolean {
		return this.#sentences[id] === true;
	}

	toggleWord(key: string): void {
		toggle(this.#words, key);
	}

	toggleSentence(id: string): void {
		toggle(this.#sentences, id);
	}
}

function toggle(keys: Record<string, true>, key: string): void {
	if (keys[key]) delete keys[key];
	else keys[key] = true;
}
