import { error } from '@sveltejs/kit';
import { lessonIds, loadLesson } from '$lib/content';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per lesson; the lesson travels as page data, never in the JS bundle.
export const entries: EntryGenerator = () => lessonIds.map((id) => ({ id }));

export const load: PageServerLoad = async ({ params }) => {
	const lesson = await loadLesson(params.id);
	if (!lesson) error(404, `No lesson "${params.id}"`);
	return { lesson };
};
