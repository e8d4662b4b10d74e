/**
 * Where the learner is in the article: the word that holds the tab stop, whether its details are
 * open, and what they revealed. Not saved: a new visit starts fresh.
 */
export class ReaderSession {
	/** Reading-order index of the word that holds the tab stop. */
	current = $state(0);
	/** True while the details popover of the current word is open. */
	open = $state(false);
	// The revealed words are one signal: every sentence reads it while the page is hydrated, and a
	// signal per word would be hundreds made then (issue 12). A word is revealed by a click (a few
	// in a reading), and the sentences then compare cached forms. The sentences are deep state, a
	// signal each: a translation toggle updates only its sentence (as SvelteSet would, without its
	// code on the page).
	#words = $state.raw<readonly string[]>([]);
	#sentences = $state<Record<string, true>>({});

	/** True when the word (by key) is shown in full in "as printed" mode. */
	wordRevealed(key: string): boolean {
		return this.#words.includes(key);
	}

	/** True when the sentence's translation is shown. */
	sentenceRevealed(id: string): boolean {
		return this.#sentences[id] === true;
	}

	toggleWord(key: string): void {
		const words = this.#words;
		this.#words = words.includes(key) ? words.filter((k) => k !== key) : [...words, key];
	}

	toggleSentence(id: string): void {
		toggle(this.#sentences, id);
	}
}

function toggle(keys: Record<string, true>, key: string): void {
	if (keys[key]) delete keys[key];
	else keys[key] = true;
}
