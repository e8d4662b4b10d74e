import { describe, expect, it } from 'vitest';
import { questionSets } from '../../../../src/lib/content/articles/shoigu-tehran-2023/questions';
import {
	isWholeArticle,
	placeQuestions,
	type PlacedBlock
} from '../../../../src/lib/domain/practice/placement';

const block = (id: string, kind: PlacedBlock['kind'], ...sentences: string[]): PlacedBlock => ({
	id,
	kind,
	sentences: sentences.map((s) => ({ id: s }))
});
// A headline, a dateline and six paragraphs: evidence over more than three is about the whole.
const blocks = [
	block('headline', 'headline', 'h.s1'),
	block('dateline', 'dateline', 'd.s1'),
	block('p1', 'paragraph', 'p1.s1', 'p1.s2'),
	...[2, 3, 4, 5, 6].map((n) => block(`p${n}`, 'paragraph', `p${n}.s1`))
];
const q = (id: string, ...evidence: string[]) => ({ id, evidence });
const ids = (list: { id: string }[] | undefined) => list?.map((x) => x.id);

describe('placeQuestions', () => {
	it('puts a question after the paragraph of its last evidence sentence, not its first', () => {
		const { byBlock, atEnd } = placeQuestions(blocks, [
			q('a', 'p3.s1', 'p1.s2'),
			q('b', 'p2.s1'),
			q('c', 'p1.s1', 'p1.s2'),
			q('d', 'p1.s1', 'p2.s1')
		]);
		expect(ids(byBlock.get('p3'))).toEqual(['a']);
		expect(ids(byBlock.get('p2'))).toEqual(['b', 'd']);
		expect(ids(byBlock.get('p1'))).toEqual(['c']);
		expect(atEnd).toEqual([]);
	});

	it('counts the headline and dateline as before paragraph 1', () => {
		const { byBlock } = placeQuestions(blocks, [
			q('a', 'h.s1', 'p2.s1'),
			q('b', 'd.s1', 'h.s1'),
			q('c', 'h.s1')
		]);
		expect(ids(byBlock.get('p2'))).toEqual(['a']);
		expect(ids(byBlock.get('dateline'))).toEqual(['b']);
		expect(ids(byBlock.get('headline'))).toEqual(['c']);
	});

	it('keeps questions about the whole article, and those not in it, for the end, in order', () => {
		const { byBlock, atEnd } = placeQuestions(blocks, [
			q('summary', 'p1.s1', 'p4.s1'),
			q('near', 'p2.s1', 'p4.s1'),
			q('purpose', 'p6.s1', 'h.s1'),
			q('elsewhere', 'p9.s1'),
			q('partly', 'p9.s1', 'p3.s1')
		]);
		expect(ids(atEnd)).toEqual(['summary', 'purpose', 'elsewhere']);
		expect(ids(byBlock.get('p4'))).toEqual(['near']);
		expect(ids(byBlock.get('p3'))).toEqual(['partly']);
	});

	it('calls evidence about the whole article when it spans more than half the paragraphs', () => {
		expect(isWholeArticle(1, 4, 6)).toBe(true);
		expect(isWholeArticle(2, 4, 6)).toBe(false);
		expect(isWholeArticle(0, 13, 13)).toBe(true);
		expect(isWholeArticle(3, 8, 13)).toBe(false);
		expect(isWholeArticle(2, 8, 13)).toBe(true);
		// A two-paragraph article keeps a question on its first paragraph there.
		expect(isWholeArticle(1, 1, 2)).toBe(false);
	});

	it('places every seed question once, after the paragraph of its last evidence sentence', async () => {
		const { loadLesson } = await import('../../../../src/lib/content');
		const lesson = (await loadLesson('shoigu-tehran-2023'))!;
		const articleBlocks = lesson.article.blocks;
		const questions = questionSets[0]!.questions;
		const { byBlock, atEnd } = placeQuestions(articleBlocks, questions);
		const blockOf = new Map<string, number>();
		articleBlocks.forEach((b, i) => b.sentences.forEach((s) => blockOf.set(s.id, i)));
		const after = new Map<string, number>();
		for (const [id, list] of byBlock) {
			const index = articleBlocks.findIndex((b) => b.id === id);
			for (const x of list) after.set(x.id, index);
		}
		for (const x of atEnd) after.set(x.id, articleBlocks.length);
		expect([...after.keys()].sort()).toEqual(questions.map((x) => x.id).sort());
		expect([...byBlock.values(), atEnd].flat()).toHaveLength(questions.length);

		for (const question of questions) {
			const evidence = question.evidence.map((id) => blockOf.get(id)!);
			const last = Math.max(...evidence);
			const place = after.get(question.id)!;
			// Never before the text that answers it...
			expect(place, question.id).toBeGreaterThanOrEqual(last);
			// ...and right after it, unless it is about the whole article.
			if (place === articleBlocks.length) expect(atEnd, question.id).toContain(question);
			else expect(place, question.id).toBe(last);
		}
		// The summary and the order of the whole article come at the end; a question on the
		// first two paragraphs (evidence p2, p1) comes after paragraph 2, not 1.
		expect(ids(atEnd)).toEqual(expect.arrayContaining(['fr-visit-summary', 'ord-article']));
		expect(ids(byBlock.get('p2'))).toContain('sc-counterpart');
	});
});
