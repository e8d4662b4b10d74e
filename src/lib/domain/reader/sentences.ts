/**
 * The article's sentences as the questions and the practice pages refer to them: found by id,
 * printed as plain text, and placed ("paragraph 3, sentence 2"). The wording of a place is the
 * interface's (components/questions/lesson-text.ts); where a sentence stands is decided here.
 */
import type { Article, Sentence } from '../../content/schema';

/** Where a block or a sentence stands in the article; paragraphs count from 1. */
export type Place =
	| { kind: 'headline' }
	| { kind: 'dateline' }
	/** `sentence` (from 1) only when the paragraph has more than one sentence. */
	| { kind: 'paragraph'; paragraph: number; sentence?: number };

export interface PlacedSentence {
	sentence: Sentence;
	place: Place;
}

/** Every block's place, by block id: the headline, the dateline, paragraph n. */
export function blockPlaces(article: Article): Map<string, Place> {
	const places = new Map<string, Place>();
	let paragraph = 0;
	for (const block of article.blocks)
		places.set(
			block.id,
			block.kind === 'paragraph'
				? { kind: 'paragraph', paragraph: ++paragraph }
				: { kind: block.kind }
		);
	return places;
}

/** Every sentence of the article in reading order, each with its place. */
export function placedSentences(article: Article): PlacedSentence[] {
	const places = blockPlaces(article);
	return article.blocks.flatMap((block) => {
		const place = places.get(block.id)!;
		const numbered = place.kind === 'paragraph' && block.sentences.length > 1;
		return block.sentences.map((sentence, i) => ({
			sentence,
			place: numbered ? { ...place, sentence: i + 1 } : place
		}));
	});
}

/** The place of sentence `id`, if the article has it. */
export function sentencePlace(article: Article, id: string): Place | undefined {
	return placedSentences(article).find((p) => p.sentence.id === id)?.place;
}

/** The sentence with id `id`, if the article has it. */
export function findSentence(article: Article, id: string): Sentence | undefined {
	for (const block of article.blocks) {
		const found = block.sentences.find((s) => s.id === id);
		if (found) return found;
	}
	return undefined;
}

/** The sentence as printed: each token's text and the space after it. */
export function sentenceText(sentence: Sentence): string {
	return sentence.tokens
		.map((t) => t.text + t.ws)
		.join('')
		.trim();
}
