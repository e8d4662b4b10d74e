/**
 * A lesson and its question sets as one document, the shape of the static asset
 * `/lessons/<release>/<id>.json` that every learner page shares.
 */
import type { QuestionSet } from './question-schema';
import type { Lesson } from './schema';

/** Bumped when the shape changes, so a page never reads an asset of another shape. */
export const LESSON_DATA_VERSION = 1;

export interface LessonData {
	version: typeof LESSON_DATA_VERSION;
	lesson: Lesson;
	questionSets: QuestionSet[];
}

/**
 * Where a lesson's data is published, below the app's base path. The release (the build's
 * version) is part of it, so code of one version never reads the lesson file of another.
 */
export function lessonDataPath(id: string, release: string): string {
	return `/lessons/${encodeURIComponent(release)}/${encodeURIComponent(id)}.json`;
}

/** The pages that open a lesson's data as they load: the reader and the three practice pages. */
const LESSON_PAGES = /^\/(read|practice)\/\[id\]/u;

/**
 * A `<link rel="preload">` for the lesson data a prerendered page will fetch, so the download
 * starts with the HTML instead of after the page's scripts; '' for a page that opens no lesson.
 * The address is relative to the page (`pathname`, the address as the learner opened it), as
 * SvelteKit writes its own asset links, so a build served under any folder still finds it. The
 * `crossorigin` attribute makes the preload's mode and credentials those of the page's fetch(),
 * which then takes the preloaded response.
 */
export function lessonDataPreload(
	routeId: string | null,
	params: Partial<Record<string, string>>,
	pathname: string,
	release: string
): string {
	const id = params.id;
	if (routeId === null || id === undefined || !LESSON_PAGES.test(routeId)) return '';
	const up = '../'.repeat(Math.max(0, pathname.split('/').length - 2));
	const href = `${up || './'}${lessonDataPath(id, release).slice(1)}`;
	return `<link rel="preload" as="fetch" href="${escapeAttribute(href)}" crossorigin="anonymous">`;
}

const escapeAttribute = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
