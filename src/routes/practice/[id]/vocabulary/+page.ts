import { error } from '@sveltejs/kit';
import { loadLessonOnly } from '$lib/content/load-lesson-data';
import type { PageLoad } from './$types';

// The lesson is fetched from its shared static file in the browser, never inlined into the page
// or bundled into its JS (entries are in +page.server.ts); its question sets are not needed here.
export const load: PageLoad = async ({ params }) => {
	const lesson = await loadLessonOnly(params.id);
	if (!lesson) error(404, `No lesson "${params.id}"`);
	return { lesson };
};
