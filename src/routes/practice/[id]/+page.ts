import { error } from '@sveltejs/kit';
import { loadLessonData } from '$lib/content/load-lesson-data';
import type { PageLoad } from './$types';

// The lesson and its question sets come from their shared static files under /lessons/<release>/ in the
// browser, never inlined into the page (entries are in +page.server.ts).
export const load: PageLoad = async ({ params }) => {
	const data = await loadLessonData(params.id);
	if (!data) error(404, `No lesson "${params.id}"`);
	return { lesson: data.lesson, questionSets: data.questionSets };
};
