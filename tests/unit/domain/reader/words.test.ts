import { describe, expect, it } from 'vitest';
import { lesson } from '../../../../src/lib/content/articles/shoigu-tehran-2023';
import type { Token } from '../../../../src/lib/content/schema';
import { summarize } from '../../../../src/lib/content/summary';
import {
	runsOf,
	spokenText,
	wordElementId,
	wordGroupsOf,
	wordsOf
} from '../../../../src/lib/domain/reader/words';

describe('wordsOf', () => {
	const words = wordsOf(lesson.article);

	it('lists every word token once, in reading order, with unique keys', () => {
		expect(words.length).toBe(summarize(lesson).words);
		expect(new Set(words.map((w) => w.key)).size).toBe(words.length);
		words.forEach((w, i) => expect(w.index).toBe(i));
		expect(words[0]!.key).toBe('headline.s1.0');
		expect(words[0]!.token.text).toBe('بهدف');
	});

	it('numbers sentences through the whole article', () => {
		const indices = words.map((w) => w.sentenceIndex);
		expect(indices).toEqual([...indices].sort((a, b) => a - b));
		expect(words.find((w) => w.blockId === 'dateline')!.sentenceIndex).toBe(1);
	});

	it('gives DOM ids without dots', () => {
		expect(wordElementId('p1.s1.3')).toBe('word-p1-s1-3');
	});
});

describe('runsOf', () => {
	const w = (text: string, expression?: string): Token => ({
		kind: 'word',
		text,
		ws: ' ',
		vocalized: text,
		lemma: 'x',
		expression
	});

	it('groups neighbouring words of one expression and leaves the rest alone', () => {
		const runs = runsOf([w('أعرب'), w('وزير', 'dm'), w('الدفاع', 'dm'), w('الروسي')]);
		expect(runs.map((r) => [r.expression, r.tokens.map((t) => t.index)])).toEqual([
			[undefined, [0]],
			['dm', [1, 2]],
			[undefined, [3]]
		]);
	});

	it('splits one expression interrupted by another token', () => {
		const runs = runsOf([w('a', 'e'), { kind: 'punct', text: '،', ws: ' ' }, w('b', 'e')]);
		expect(runs).toHaveLength(3);
	});
});

describe('wordGroupsOf', () => {
	const w = (text: string, expression?: string): Token => ({
		kind: 'word',
		text,
		ws: ' ',
		vocalized: text,
		lemma: 'x',
		expression
	});
	const p = (text: string, ws = ' '): Token => ({ kind: 'punct', text, ws });
	const shape = (tokens: Token[]) =>
		wordGroupsOf(tokens).map((g) => [
			g.expression,
			g.lead,
			g.words.map((x) => [x.tokenIndex, x.after]),
			g.trail
		]);

	it('carries punctuation with the word before it and keeps an expression’s last space outside', () => {
		expect(shape([w('أعرب'), w('وزير', 'dm'), w('الدفاع', 'dm'), p('،'), w('الروسي')])).toEqual([
			[undefined, '', [[0, ' ']], ''],
			[
				'dm',
				'',
				[
					[1, ' '],
					[2, '']
				],
				' '
			],
			[undefined, '، ', [[4, ' ']], '']
		]);
	});

	it('puts text before a sentence’s first word in the lead', () => {
		expect(shape([p('«', ''), w('a'), p('»', '')])).toEqual([[undefined, '«', [[1, ' »']], '']]);
	});

	it('gives every sentence of the seed lesson back, word for word', () => {
		for (const block of lesson.article.blocks)
			for (const sentence of block.sentences) {
				const text = wordGroupsOf(sentence.tokens)
					.map((g) => g.lead + g.words.map((x) => x.token.text + x.after).join('') + g.trail)
					.join('');
				expect(text).toBe(sentence.tokens.map((t) => t.text + t.ws).join(''));
			}
	});
});

describe('spokenText', () => {
	it('reads the vowelled words with the printed punctuation and spacing', () => {
		const sentence = lesson.article.blocks[1]!.sentences[0]!;
		expect(spokenText(sentence.tokens)).toBe('طَهْرَانُ – وَكَالَاتٌ');
	});
});
