import * as v from 'valibot';
import { expect, it } from 'vitest';
import { loadLesson, loadQuestionSets } from '../../../src/lib/content/index';
import { SKILLS } from '../../../src/lib/content/question-schema';
import type { Lesson } from '../../../src/lib/content/schema';
import { BundleSchema, fromBundle, toBundle } from '../../../src/lib/interop/bundle';
import { fixtureSet } from '../fixtures/question-set';

it('a lesson survives export to a bundle and back unchanged', async () => {
	const lesson = (await loadLesson('shoigu-tehran-2023'))!;
	expect(fromBundle(JSON.parse(JSON.stringify(toBundle(lesson)))).lesson).toEqual(lesson);
});

it('question sets travel with the lesson, every question with its id, kind and skill', async () => {
	const lesson = (await loadLesson('shoigu-tehran-2023'))!;
	const sets = [...(await loadQuestionSets('shoigu-tehran-2023')), fixtureSet];
	const json = JSON.parse(JSON.stringify(toBundle(lesson, sets)));
	for (const set of json.questionSets)
		for (const q of set.questions)
			expect(q).toMatchObject({
				id: expect.any(String),
				kind: expect.any(String),
				skill: expect.toBeOneOf([...SKILLS])
			});
	const back = fromBundle(v.parse(BundleSchema, json));
	expect(back.questionSets).toEqual(sets);
	expect(back.lesson).toEqual(lesson);
});

it('a bundle written before question sets existed still reads, with none', async () => {
	const lesson = (await loadLesson('shoigu-tehran-2023'))!;
	const { questionSets: _none, ...older } = toBundle(lesson);
	expect(fromBundle(v.parse(BundleSchema, older)).questionSets).toEqual([]);
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

it('refuses a bundle with a question that names no skill', async () => {
	const lesson = (await loadLesson('shoigu-tehran-2023'))!;
	const json = JSON.parse(JSON.stringify(toBundle(lesson, [fixtureSet])));
	delete json.questionSets[0].questions[0].skill;
	const parsed = v.safeParse(BundleSchema, json);
	expect(parsed.success).toBe(false);
	expect(parsed.issues?.map((i) => i.path?.map((p) => p.key).join('.'))).toContain(
		'questionSets.0.questions.0.skill'
	);
});

it("keeps a word's Arabic role and note when a bundle is read back", async () => {
	const lesson = structuredClone((await loadLesson('shoigu-tehran-2023'))!);
	const headline = (l: Lesson) => l.article.blocks[0]!.sentences[0]!.tokens;
	const word = headline(lesson).find((t) => t.kind === 'word');
	if (word?.kind !== 'word') throw new Error('the headline has no word');
	Object.assign(word, { role: 'subject', roleAr: 'مبتدأ', note: 'A note.', noteAr: 'ملاحظة.' });
	const json = JSON.parse(JSON.stringify(toBundle(lesson)));
	const back = fromBundle(v.parse(BundleSchema, json)).lesson;
	expect(headline(back)).toContainEqual(
		expect.objectContaining({ roleAr: 'مبتدأ', noteAr: 'ملاحظة.' })
	);
});
