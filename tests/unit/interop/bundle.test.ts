import { expect, it } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import { fromBundle, toBundle } from '../../../src/lib/interop/bundle';

it('a lesson survives export to a bundle and back unchanged', async () => {
	const lesson = (await loadLesson('shoigu-tehran-2023'))!;
	expect(fromBundle(JSON.parse(JSON.stringify(toBundle(lesson))))).toEqual(lesson);
});

it("spells out each word's segments with their share of the vowelled form", async () => {
	const lesson = (await loadLesson('shoigu-tehran-2023'))!;
	const bundle = toBundle(lesson);
	const word = bundle.article.blocks
		.flatMap((b) => b.sentences.flatMap((s) => s.tokens))
		.find((t) => t.text === 'ونقلت');
	expect(word).toMatchObject({
		segments: [
			{ role: 'proclitic', text: 'و', gloss: 'and' },
			{ role: 'stem', text: 'نقلت' }
		]
	});
	if (word?.kind === 'word')
		expect(word.segments.map((s) => s.vocalized).join('')).toBe(word.vocalized);
});
