import { describe, expect, it } from 'vitest';
import { lesson } from '../../../../src/lib/content/articles/shoigu-tehran-2023';
import type { Article } from '../../../../src/lib/content/schema';
import {
	blockPlaces,
	findSentence,
	placedSentences,
	sentencePlace,
	sentenceText
} from '../../../../src/lib/domain/reader/sentences';

const { article } = lesson;

/** The article with a second sentence in paragraph 2 (the lesson's paragraphs hold one each). */
function withTwoSentences(): Article {
	const [headline, dateline, p1, p2, ...rest] = article.blocks;
	const second = { ...p2!.sentences[0]!, id: 'p2.s2' };
	return {
		...article,
		blocks: [headline!, dateline!, p1!, { ...p2!, sentences: [p2!.sentences[0]!, second] }, ...rest]
	};
}

describe('sentence places', () => {
	it('places the headline, the dateline and each paragraph by its number', () => {
		const places = blockPlaces(article);
		expect(places.get('headline')).toEqual({ kind: 'headline' });
		expect(places.get('dateline')).toEqual({ kind: 'dateline' });
		expect(places.get('p1')).toEqual({ kind: 'paragraph', paragraph: 1 });
		expect(places.get('p13')).toEqual({ kind: 'paragraph', paragraph: 13 });
	});

	it('lists every sentence in reading order; a one-sentence paragraph has no sentence number', () => {
		const placed = placedSentences(article);
		expect(placed.map((p) => p.sentence.id).slice(0, 4)).toEqual([
			'headline.s1',
			'dateline.s1',
			'p1.s1',
			'p2.s1'
		]);
		expect(placed).toHaveLength(15);
		expect(placed[4]!.place).toEqual({ kind: 'paragraph', paragraph: 3 });
	});

	it('numbers the sentences of a paragraph that has more than one', () => {
		const two = withTwoSentences();
		expect(sentencePlace(two, 'p2.s1')).toEqual({ kind: 'paragraph', paragraph: 2, sentence: 1 });
		expect(sentencePlace(two, 'p2.s2')).toEqual({ kind: 'paragraph', paragraph: 2, sentence: 2 });
		expect(sentencePlace(two, 'p3.s1')).toEqual({ kind: 'paragraph', paragraph: 3 });
	});

	it('has no place for a sentence the article lacks', () => {
		expect(sentencePlace(article, 'p99.s1')).toBeUndefined();
	});
});

describe('findSentence and sentenceText', () => {
	it('finds a sentence by id and prints it as written', () => {
		const dateline = findSentence(article, 'dateline.s1');
		expect(dateline?.id).toBe('dateline.s1');
		expect(sentenceText(dateline!)).toBe('طهران – وكالات');
		expect(findSentence(article, 'p99.s1')).toBeUndefined();
	});

	it('prints the headline with its spacing and no trailing space', () => {
		expect(sentenceText(findSentence(article, 'headline.s1')!)).toBe(
			'بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران'
		);
	});
});
