import { describe, expect, it } from 'vitest';
import { countWords, scaledLesson } from '../../../bench/scale/synthetic';
import { lesson as seed } from '../../../src/lib/content/articles/shoigu-tehran-2023';
import type { Lesson, Sentence } from '../../../src/lib/content/schema';

const sentencesOf = (lesson: Lesson): Sentence[] =>
	lesson.article.blocks.flatMap((b) => b.sentences);

describe('scaledLesson (the reader scale check)', () => {
	it('repeats the paragraphs until the article has the words asked for, ending on a whole sentence', () => {
		const seedWords = countWords(seed.article.blocks);
		const long = scaledLesson(seed, 'bench-scale-5000', 5000);
		const words = countWords(long.article.blocks);
		const lastSentence = sentencesOf(long).at(-1)!;
		const lastWords = lastSentence.tokens.filter((t) => t.kind === 'word').length;
		expect(words).toBeGreaterThanOrEqual(5000);
		expect(words - lastWords).toBeLessThan(5000);
		expect(long.article.id).toBe('bench-scale-5000');
		expect(long.article.titleEn).toContain(`${words} words`);
		// Headline and dateline stay once, at the top; the seed's own article comes first, whole.
		expect(long.article.blocks.slice(0, seed.article.blocks.length)).toEqual(seed.article.blocks);
		expect(long.article.blocks.filter((b) => b.kind !== 'paragraph')).toHaveLength(
			seed.article.blocks.filter((b) => b.kind !== 'paragraph').length
		);
		expect(seedWords).toBeLessThan(words);
	});

	it('gives every block and sentence an id of its own and keeps every word annotated', () => {
		const long = scaledLesson(seed, 'bench-scale-2500', 2500);
		const blockIds = long.article.blocks.map((b) => b.id);
		const sentenceIds = sentencesOf(long).map((s) => s.id);
		expect(new Set(blockIds).size).toBe(blockIds.length);
		expect(new Set(sentenceIds).size).toBe(sentenceIds.length);
		expect(sentenceIds).toContain('r2-p1.s1');
		const lemmas = new Set(long.glossary.map((g) => g.id));
		const tokens = sentencesOf(long).flatMap((s) => s.tokens);
		expect(tokens.every((t) => t.kind !== 'word' || lemmas.has(t.lemma))).toBe(true);
		expect(long.glossary).toBe(seed.glossary);
	});

	it('gives the seed article as it is when asked for fewer words than it has', () => {
		const short = scaledLesson(seed, 'bench-scale-10', 10);
		expect(short.article.blocks).toEqual(seed.article.blocks);
		expect(short.article.id).toBe('bench-scale-10');
	});

	it('refuses a lesson with no paragraph to repeat', () => {
		const headlineOnly: Lesson = {
			...seed,
			article: { ...seed.article, blocks: seed.article.blocks.filter((b) => b.kind === 'headline') }
		};
		expect(() => scaledLesson(headlineOnly, 'x', 1000)).toThrow(/no paragraph/u);
	});
});
