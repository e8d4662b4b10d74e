/**
 * A sentence's words as the reader draws them: groups (stretches of ordinary words, expressions
 * marked as units) of word buttons and the text between them. The same markup is written two
 * ways: by SentenceWordsMarkup.svelte when a page is prerendered, and by `appendSentenceWords`
 * when the browser draws a sentence itself (a reader opened by a link inside the app). A page
 * loaded from the server keeps the prerendered words as they are: hydration never walks them
 * (SentenceWords.svelte), which on a long article was most of its main-thread time.
 * Every piece of text goes in as a text node: an article is data, never HTML.
 */

export interface WordMarkup {
	/** The button's element id (`wordElementId`). */
	id: string;
	/** `word`, with an entity class when the word names one. */
	className: string;
	/** The form shown (the vowel mode's when the sentence is drawn). */
	text: string;
	/** The text between this word and the next of its group. */
	after: string;
}

export interface WordGroupMarkup {
	/** Marked as an expression (a `span.expression`), or a stretch of ordinary words. */
	expression: boolean;
	lead: string;
	words: WordMarkup[];
	trail: string;
}

/** Appends a sentence's words to `parent` (the sentence's `span.words`), as the markup has them. */
export function appendSentenceWords(parent: HTMLElement, groups: readonly WordGroupMarkup[]): void {
	const document = parent.ownerDocument;
	for (const group of groups) {
		if (group.lead) parent.append(group.lead);
		const span = document.createElement('span');
		if (group.expression) span.className = 'expression';
		for (const word of group.words) {
			const button = document.createElement('button');
			// As SentenceWordsMarkup writes them (the unit test compares the two): the tab stop and
			// the open word are set later, on the few buttons concerned.
			button.type = 'button';
			button.id = word.id;
			button.className = word.className;
			button.tabIndex = -1;
			button.setAttribute('aria-haspopup', 'dialog');
			button.setAttribute('aria-expanded', 'false');
			button.textContent = word.text;
			span.append(button);
			if (word.after) span.append(word.after);
		}
		parent.append(span);
		if (group.trail) parent.append(group.trail);
	}
}
