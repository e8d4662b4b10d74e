/**
 * The catalogue files every page's lists are drawn from (routes/catalogue/[release]/): what
 * they hold, and that another release's address is not answered with this release's data.
 */
import { version } from '$app/environment';
import { describe, expect, it } from 'vitest';
import { lessonIds, loadLesson, loadQuestionSets } from '../../../src/lib/content/index';
import { CATALOGUE_VERSION } from '../../../src/lib/content/catalogue-data';
import { GET as getLessons } from '../../../src/routes/catalogue/[release]/lessons.json/+server';
import { GET as getSets } from '../../../src/routes/catalogue/[release]/sets.json/+server';

/** Calls an endpoint's GET as SvelteKit does for a release's address (only `params` is read). */
const call = (handler: typeof getLessons | typeof getSets, release: string) =>
	(handler as (event: unknown) => Promise<Response>)({ params: { release } });

describe('the catalogue files', () => {
	it('list every lesson, titled in both languages, with its word count', async () => {
		const data = await (await call(getLessons, version)).json();
		expect(data.version).toBe(CATALOGUE_VERSION);
		expect(data.lessons.map((l: { id: string }) => l.id)).toEqual(lessonIds);
		const seed = data.lessons.find((l: { id: string }) => l.id === 'shoigu-tehran-2023');
		const lesson = (await loadLesson('shoigu-tehran-2023'))!;
		expect(seed.title).toBe(lesson.article.title);
		expect(seed.titleEn).toBe(lesson.article.titleEn);
		expect(seed.words).toBeGreaterThan(300);
	});

	it('list every built-in set with its question ids and skills, not its questions', async () => {
		const data = await (await call(getSets, version)).json();
		const sets = (await Promise.all(lessonIds.map((id) => loadQuestionSets(id)))).flat();
		expect(data.sets).toHaveLength(sets.length);
		for (const set of sets) {
			const summary = data.sets.find((s: { id: string }) => s.id === set.id);
			expect(summary.title).toEqual(set.title);
			expect(summary.questionIds).toEqual(set.questions.map((q) => q.id));
			expect(new Set(summary.skills)).toEqual(new Set(set.questions.map((q) => q.skill)));
			expect(summary).not.toHaveProperty('questions');
		}
	});

	it('answer 404 for another release', async () => {
		for (const handler of [getLessons, getSets])
			await expect(call(handler, 'an-older-release')).rejects.toMatchObject({ status: 404 });
	});
});
