/**
 * The article as the reader walks it: every word token in reading order, with a stable key, and
 * each sentence's tokens grouped into runs that share an expression.
 */
import type { Article, Token, WordToken } from '../../content/schema';

export interface WordRef {
	/** Position in reading order, 0-based, over the whole article. */
	index: number;
	/** `<sentence id>.<token index>`: stable across builds while the text does not change. */
	key: string;
	blockId: string;
	sentenceId: string;
	/** Position of the sentence in the whole article. */
	sentenceIndex: number;
	tokenIndex: number;
	token: WordToken;
}

/** The key of a token: its sentence id and its index in the sentence. */
export function tokenKey(sentenceId: string, tokenIndex: number): string {
	return `${sentenceId}.${tokenIndex}`;
}

/** A DOM id for a word key (dots would read as class selectors in CSS queries). */
export function wordElementId(key: string): string {
	return `word-${key.replaceAll('.', '-')}`;
}

/** Every word of the article in reading order: headline, dateline, then the paragraphs. */
export function wordsOf(article: Article): WordRef[] {
	const words: WordRef[] = [];
	let sentenceIndex = 0;
	for (const block of article.blocks)
		for (const sentence of block.sentences) {
			sentence.tokens.forEach((token, tokenIndex) => {
				if (token.kind !== 'word') return;
				words.push({
					index: words.length,
					key: tokenKey(sentence.id, tokenIndex),
					blockId: block.id,
					sentenceId: sentence.id,
					sentenceIndex,
					tokenIndex,
					token
				});
			});
			sentenceIndex++;
		}
	return words;
}

export interface TokenRun {
	/** The expression every token of the run belongs to, if any. */
	expression?: string;
	tokens: { token: Token; index: number }[];
}

/**
 * Splits a sentence's tokens into runs: neighbouring words of one expression form a run (marked
 * as a unit), every other token is a run of its own.
 */
export function runsOf(tokens: readonly Token[]): TokenRun[] {
	const runs: TokenRun[] = [];
	tokens.forEach((token, index) => {
		const expression = token.kind === 'word' ? token.expression : undefined;
		const last = runs.at(-1);
		if (expression && last?.expression === expression) last.tokens.push({ token, index });
		else runs.push({ expression, tokens: [{ token, index }] });
	});
	return runs;
}

/** The sentence as an educated reader says it: vowelled words, printed numbers and punctuation. */
export function spokenText(tokens: readonly Token[]): string {
	return tokens
		.map((t) => (t.kind === 'word' ? t.vocalized : t.text) + t.ws)
		.join('')
		.trim();
}

export interface GroupWord {
	token: WordToken;
	tokenIndex: number;
	/** The text between this word and the next word of its group (spaces, punctuation). */
	after: string;
}

export interface WordGroup {
	/** The expression every word of the group belongs to; none for a stretch of ordinary words. */
	expression?: string;
	/** Text before the group's first word (punctuation or numbers after an expression). */
	lead: string;
	words: GroupWord[];
	/** Text after the group: the space after an expression, outside its mark. */
	trail: string;
}

/**
 * The runs of `runsOf` as the reader renders them, each word carrying the text that follows it:
 * stretches of ordinary words with their punctuation and numbers, and expressions marked as units.
 * Concatenated in order (lead, each word and its `after`, trail) the groups give the sentence back.
 */
export function wordGroupsOf(tokens: readonly Token[]): WordGroup[] {
	const groups: WordGroup[] = [];
	let plain: WordGroup | undefined;
	for (const run of runsOf(tokens)) {
		if (run.expression) {
			const words = run.tokens.map(({ token, index }) => ({
				token: token as WordToken,
				tokenIndex: index,
				after: token.ws
			}));
			// The mark ends with the expression's last word: the space after it stays outside.
			const last = words.at(-1)!;
			groups.push({ expression: run.expression, lead: '', words, trail: last.after });
			last.after = '';
			plain = undefined;
			continue;
		}
		if (!plain) groups.push((plain = { lead: '', words: [], trail: '' }));
		for (const { token, index } of run.tokens) {
			const last = plain.words.at(-1);
			if (token.kind === 'word') plain.words.push({ token, tokenIndex: index, after: token.ws });
			else if (last) last.after += token.text + token.ws;
			else plain.lead += token.text + token.ws;
		}
	}
	return groups;
}
