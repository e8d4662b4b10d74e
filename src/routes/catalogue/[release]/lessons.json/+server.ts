import { error, json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { lessonSummaries } from '$lib/content/catalogue';
import { CATALOGUE_VERSION, type LessonsFile } from '$lib/content/catalogue-data';
import type { EntryGenerator, RequestHandler } from './$types';

// The lesson lists' data (catalogue-data.ts), written once per release at build time.
export const prerender = true;
export const entries: EntryGenerator = () => [{ release: version }];

export const GET: RequestHandler = async ({ params }) => {
	if (params.release !== version) error(404, `No release "${params.release}"`);
	const data: LessonsFile = { version: CATALOGUE_VERSION, lessons: await lessonSummaries() };
	return json(data);
};
