import { error, json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { lessonIds, loadQuestionSets } from '$lib/content';
import { CATALOGUE_VERSION, type SetsFile } from '$lib/content/catalogue-data';
import { SKILLS } from '$lib/content/skills';
import type { EntryGenerator, RequestHandler } from './$types';

// What the dashboard and the teacher's list show of the built-in sets (catalogue-data.ts):
// titles, question ids and skills, never the questions.
export const prerender = true;
export const entries: EntryGenerator = () => [{ release: version }];

export const GET: RequestHandler = async ({ params }) => {
	if (params.release !== version) error(404, `No release "${params.release}"`);
	const sets = await Promise.all(
		lessonIds.map(async (lessonId) =>
			(await loadQuestionSets(lessonId)).map((set) => {
				const used = new Set(set.questions.map((q) => q.skill));
				return {
					lessonId,
					id: set.id,
					title: set.title,
					questionIds: set.questions.map((q) => q.id),
					skills: SKILLS.filter((skill) => used.has(skill))
				};
			})
		)
	);
	const data: SetsFile = { version: CATALOGUE_VERSION, sets: sets.flat() };
	return json(data);
};
