/**
 * Longer articles made from a real lesson, for the reader's scale check: the seed's paragraphs
 * repeated (new block and sentence ids each round, the same glossary, expressions and entities)
 * until the article holds the words asked for. The text repeats, so it reads as nonsense, but
 * every word is a real, annotated token: the reader does the same work per word as on the seed.
 */
import type { Block, Lesson, Sentence } from '../../src/lib/content/schema';

/** The words of an article: its word tokens (numbers and punctuation are not words). */
export function countWords(blocks: readonly Block[]): number {
	let words = 0;
	for (const block of blocks)
		for (const sentence of block.sentences)
			for (const token of sentence.tokens) if (token.kind === 'word') words++;
	return words;
}

const wordsIn = (sentence: Sentence) =>
	countWords([{ id: 'x', kind: 'paragraph', sentences: [sentence] }]);

/**
 * The seed lesson under article id `id`, its paragraphs repeated until the article has `words`
 * words or more (whole sentences: it ends at the first sentence that reaches the count). The
 * first round keeps the seed's ids; round n prefixes them with `rn-`. Headline and dateline stay
 * once, at the top. Asking for fewer words than the seed has gives the seed's article as it is.
 */
export function scaledLesson(seed: Lesson, id: string, words: number): Lesson {
	const paragraphs = seed.article.blocks.filter((b) => b.kind === 'paragraph');
	if (paragraphs.length === 0 || countWords(paragraphs) === 0)
		throw new Error(`lesson ${seed.article.id} has no paragraph with words to repeat`);
	const blocks: Block[] = [...seed.article.blocks];
	let total = countWords(blocks);
	for (let round = 2; total < words; round++) {
		for (const paragraph of paragraphs) {
			if (total >= words) break;
			const prefix = `r${round}-`;
			const sentences: Sentence[] = [];
			for (const sentence of paragraph.sentences) {
				if (total >= words) break;
				sentences.push({ ...sentence, id: prefix + sentence.id });
				total += wordsIn(sentence);
			}
			blocks.push({ ...paragraph, id: prefix + paragraph.id, sentences });
		}
	}
	return {
		...seed,
		article: {
			...seed.article,
			id,
			titleEn: `${seed.article.titleEn} (synthetic: ${total} words, for the bench)`,
			blocks
		}
	};
}
