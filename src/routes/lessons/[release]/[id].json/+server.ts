import { error, json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { lessonIds, loadLesson } from '$lib/content';
import { LESSON_DATA_VERSION, type LessonFile } from '$lib/content/lesson-data';
import type { EntryGenerator, RequestHandler } from './$types';

// Each lesson is published once, as a static file every page and both UI languages share
// (and the service worker caches once), instead of being inlined into every page. Its address
// names the release: a page of another version never gets this version's lesson file, from the
// network or from the offline cache. Its question sets are a file of their own (questions/), which
// the reader and the vocabulary drill never download.
export const prerender = true;
export const entries: EntryGenerator = () => lessonIds.map((id) => ({ release: version, id }));

export const GET: RequestHandler = async ({ params }) => {
	if (params.release !== version) error(404, `No release "${params.release}"`);
	const lesson = await loadLesson(params.id);
	if (!lesson) error(404, `No lesson "${params.id}"`);
	const data: LessonFile = { version: LESSON_DATA_VERSION, lesson };
	return json(data);
};
