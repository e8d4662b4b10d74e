import { loadLessonSummaries } from '$lib/content/catalogue-data';
import type { LayoutLoad } from './$types';

// Every page is prerendered; the app is static files and a service worker.
export const prerender = true;
export const trailingSlash = 'never';

// Pages receive summaries, never whole lessons they do not show (a static file: no server load).
export const load: LayoutLoad = async ({ fetch }) => ({
	lessons: await loadLessonSummaries(fetch)
});
