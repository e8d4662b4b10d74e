import { error, json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { lessonIds, loadLesson, loadQuestionSets } from '$lib/content';
import { LESSON_DATA_VERSION, type QuestionsFile } from '$lib/content/lesson-data';
import type { EntryGenerator, RequestHandler } from './$types';

// A lesson's question sets, published beside its lesson file (same release in the address), for
// the pages that ask them: the quiz and practice while reading.
export const prerender = true;
export const entries: EntryGenerator = () => lessonIds.map((id) => ({ release: version, id }));

export const GET: RequestHandler = async ({ params }) => {
	if (params.release !== version) error(404, `No release "${params.release}"`);
	if (!(await loadLesson(params.id))) error(404, `No lesson "${params.id}"`);
	const data: QuestionsFile = {
		version: LESSON_DATA_VERSION,
		questionSets: await loadQuestionSets(params.id)
	};
	return json(data);
};
