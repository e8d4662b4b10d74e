/**
 * Splits Arabic text into blocks, sentences and tokens, keeping every character, so that joining
 * the tokens' text and spacing gives the input back exactly.
 */

export type RawTokenKind = 'word' | 'number' | 'punct';
export interface RawToken {
	kind: RawTokenKind;
	text: string;
	/** The exact text between this token and the next. */
	ws: string;
}

// A word is a run of Arabic or Latin letters with their marks and tatweel.
const WORD = /[\u0621-\u063A\u0640-\u0652\u0670\u0671-\u06D3\p{Script=Latin}]/u;
// Western, Arabic-Indic and Persian digits, with the separators that can sit between them.
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const NUMBER_JOINER = /[.,\u066B\u066C]/u;
const SPACE = /\s/u;

function classify(ch: string): RawTokenKind | 'space' {
	if (SPACE.test(ch)) return 'space';
	if (DIGIT.test(ch)) return 'number';
	if (WORD.test(ch)) return 'word';
	return 'punct';
}

/** Tokenizes one line of text. Punctuation marks repeated in a row (`..`, `!!`) form one token. */
export function tokenize(text: string): { leading: string; tokens: RawToken[] } {
	const chars = [...text];
	const tokens: RawToken[] = [];
	let leading = '';
	let i = 0;
	while (i < chars.length) {
		const ch = chars[i]!;
		const kind = classify(ch);
		if (kind === 'space') {
			let run = '';
			while (i < chars.length && classify(chars[i]!) === 'space') run += chars[i++];
			const last = tokens.at(-1);
			if (last) last.ws += run;
			else leading += run;
			continue;
		}
		let word = ch;
		i++;
		while (i < chars.length) {
			const next = chars[i]!;
			const nextKind = classify(next);
			const joinsNumber =
				kind === 'number' &&
				NUMBER_JOINER.test(next) &&
				i + 1 < chars.length &&
				DIGIT.test(chars[i + 1]!);
			if (nextKind === kind && (kind !== 'punct' || next === ch)) word += next;
			else if (joinsNumber) word += next;
			else break;
			i++;
		}
		tokens.push({ kind, text: word, ws: '' });
	}
	return { leading, tokens };
}

const SENTENCE_END = /^[.!?؟…]+$/u;
const CLOSER = /^[”"»)\]]+$/u;

/**
 * Groups a block's tokens into sentences: a sentence ends with a full stop, question or
 * exclamation mark, or an ellipsis, possibly followed by a closing quotation mark or bracket.
 */
export function splitSentences(tokens: RawToken[]): RawToken[][] {
	const sentences: RawToken[][] = [];
	let current: RawToken[] = [];
	let ended = false;
	for (const token of tokens) {
		current.push(token);
		const isPunct = token.kind === 'punct';
		if (isPunct && SENTENCE_END.test(token.text)) ended = true;
		else if (!(isPunct && CLOSER.test(token.text))) ended = false;
		if (ended && token.ws !== '') {
			sentences.push(current);
			current = [];
			ended = false;
		}
	}
	if (current.length > 0) sentences.push(current);
	return sentences;
}

/** Splits a text into blocks, one per line; empty lines are not blocks. */
export function splitBlocks(text: string): string[] {
	return text.split(/\r?\n/u).filter((line) => line.trim() !== '');
}
