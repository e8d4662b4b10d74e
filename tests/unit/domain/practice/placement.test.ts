import { describe, expect, it } from 'vitest';
import { questionSets } from '../../../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { placeQuestions, type PlacedBlock } from '../../../../src/lib/domain/practice/placement';

const block = (id: string, kind: PlacedBlock['kind'], ...sentences: string[]): PlacedBlock => ({
	id,
	kind,
	sentences: sentences.map((s) => ({ id: s }))
});
const blocks = [
	block('headline', 'headline', 'h.s1'),
	block('dateline', 'dateline', 'd.s1'),
	block('p1', 'paragraph', 'p1.s1', 'p1.s2'),
	block('p2', 'paragraph', 'p2.s1'),
	block('p3', 'paragraph', 'p3.s1')
];
const q = (id: string, ...evidence: string[]) => ({ id, evidence });
const ids = (list: { id: string }[] | undefined) => list?.map((x) => x.id);

describe('placeQuestions', () => {
	it('puts a question after the first paragraph, in reading order, that holds its evidence', () => {
		const { byBlock, unplaced } = placeQuestions(blocks, [
			q('a', 'p3.s1', 'p1.s2'),
			q('b', 'p2.s1'),
			q('c', 'p1.s1')
		]);
		expect(ids(byBlock.get('p1'))).toEqual(['a', 'c']);
		expect(ids(byBlock.get('p2'))).toEqual(['b']);
		expect(byBlock.has('p3')).toBe(false);
		expect(unplaced).toEqual([]);
	});

	it('prefers a paragraph to the headline or dateline, and falls back to them alone', () => {
		const { byBlock } = placeQuestions(blocks, [q('a', 'h.s1', 'p2.s1'), q('b', 'd.s1', 'h.s1')]);
		expect(ids(byBlock.get('p2'))).toEqual(['a']);
		expect(ids(byBlock.get('headline'))).toEqual(['b']);
	});

	it('keeps questions whose evidence is not in the article apart, never dropped', () => {
		const { byBlock, unplaced } = placeQuestions(blocks, [
			q('a', 'p9.s1'),
			q('b', 'p9.s1', 'p3.s1')
		]);
		expect(ids(unplaced)).toEqual(['a']);
		expect(ids(byBlock.get('p3'))).toEqual(['b']);
	});

	it('places every question of the seed set exactly once, after a paragraph', async () => {
		const { loadLesson } = await import('../../../../src/lib/content');
		const lesson = (await loadLesson('shoigu-tehran-2023'))!;
		const questions = questionSets[0]!.questions;
		const { byBlock, unplaced } = placeQuestions(lesson.article.blocks, questions);
		const placed = [...byBlock.values()].flat();
		expect(unplaced).toEqual([]);
		expect(placed.map((x) => x.id).sort()).toEqual(questions.map((x) => x.id).sort());
		const kinds = new Map(lesson.article.blocks.map((b) => [b.id, b.kind]));
		for (const id of byBlock.keys()) expect(kinds.get(id)).toBe('paragraph');
	});
});
