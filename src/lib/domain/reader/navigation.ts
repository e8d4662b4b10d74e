/**
 * Moving from word to word with the keyboard. The article is one tab stop; arrow keys walk its
 * words in reading order, so in right-to-left text the left arrow goes forward.
 */

export type Move = 'next' | 'previous' | 'nextSentence' | 'previousSentence' | 'first' | 'last';

/** The move a key asks for in text written in `dir`, or undefined for keys that do not move. */
export function moveForKey(key: string, dir: 'rtl' | 'ltr'): Move | undefined {
	switch (key) {
		case 'ArrowLeft':
			return dir === 'rtl' ? 'next' : 'previous';
		case 'ArrowRight':
			return dir === 'rtl' ? 'previous' : 'next';
		case 'ArrowDown':
			return 'nextSentence';
		case 'ArrowUp':
			return 'previousSentence';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return undefined;
	}
}

/**
 * The index reached from `from` by `move` over words listed in reading order, each knowing its
 * sentence. Stops at the ends rather than wrapping: a reader at the last word stays there.
 */
export function moveIndex(
	words: readonly { sentenceIndex: number }[],
	from: number,
	move: Move
): number {
	const last = words.length - 1;
	if (last < 0) return -1;
	const at = Math.min(Math.max(from, 0), last);
	const sentence = words[at]!.sentenceIndex;
	switch (move) {
		case 'next':
			return Math.min(at + 1, last);
		case 'previous':
			return Math.max(at - 1, 0);
		case 'first':
			return 0;
		case 'last':
			return last;
		case 'nextSentence': {
			const next = words.findIndex((w, i) => i > at && w.sentenceIndex > sentence);
			return next === -1 ? at : next;
		}
		case 'previousSentence': {
			// The first word of the previous sentence (or of this one, from its middle).
			const start = words.findIndex((w) => w.sentenceIndex === sentence);
			const target = at > start ? sentence : words[Math.max(start - 1, 0)]!.sentenceIndex;
			return words.findIndex((w) => w.sentenceIndex === target);
		}
	}
}
