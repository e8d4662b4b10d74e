/**
 * Moving from word to word with the keyboard. The article is one tab stop; arrow keys walk its
 * words in reading order, so in right-to-left text the left arrow goes forward.
 */

export type Move = 'next' | 'previous' | 'nextSentence' | 'previousSentence' | 'first' | 'last';

/** What a key does in the reader: a move, or showing the sentence's translation. */
export type ReaderCommand = Move | 'translate';

/** The fields of a keyboard event the reader reads. */
export interface KeyPress {
	key: string;
	code: string;
}

/**
 * The command a key press asks for. The letter shortcut (T, translation) is matched on its
 * position, `code`, so it is the same key with an Arabic layout active, where it types ف; only an
 * event with no code (some on-screen keyboards) falls back to the letter itself. Arrows, Home and
 * End are named keys, the same `key` in every layout (and on the number pad), so they are matched
 * on `key`.
 */
export function commandForKey(press: KeyPress, dir: 'rtl' | 'ltr'): ReaderCommand | undefined {
	if (press.code === 'KeyT') return 'translate';
	if (press.code === '' && (press.key === 't' || press.key === 'T')) return 'translate';
	return moveForKey(press.key, dir);
}

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
