/**
 * A lesson and its question sets, published as two static files every learner page shares:
 * `/lessons/<release>/<id>.json` (the lesson: article, glossary, expressions, entities) and
 * `/lessons/<release>/questions/<id>.json` (its question sets). The reader and the vocabulary
 * drill fetch only the first; the quiz and practice while reading both.
 */
import type { QuestionSet } from './question-schema';
import type { Lesson } from './schema';

/** Bumped when the shape changes, so a page never reads an asset of another shape. */
export const LESSON_DATA_VERSION = 2;

/** A lesson with its question sets, as the pages that ask questions get it. */
export interface LessonData {
	version: typeof LESSON_DATA_VERSION;
	lesson: Lesson;
	questionSets: QuestionSet[];
}

/** The lesson file. */
export interface LessonFile {
	version: typeof LESSON_DATA_VERSION;
	lesson: Lesson;
}

/** The question sets file. */
export interface QuestionsFile {
	version: typeof LESSON_DATA_VERSION;
	questionSets: QuestionSet[];
}

/**
 * Where a lesson's file is published, below the app's base path. The release (the build's
 * version) is part of it, so code of one version never reads the lesson file of another.
 */
export function lessonDataPath(id: string, release: string): string {
	return `/lessons/${encodeURIComponent(release)}/${encodeURIComponent(id)}.json`;
}

/** Where a lesson's question sets are published (beside its lesson file, by release too). */
export function lessonQuestionsPath(id: string, release: string): string {
	return `/lessons/${encodeURIComponent(release)}/questions/${encodeURIComponent(id)}.json`;
}

/** The pages that open a lesson as they load, and whether they ask its questions. */
const LESSON_PAGES: { route: RegExp; questions: boolean }[] = [
	{ route: /^\/read\/\[id\]$/u, questions: false },
	{ route: /^\/practice\/\[id\]\/vocabulary$/u, questions: false },
	{ route: /^\/practice\/\[id\]$/u, questions: true },
	{ route: /^\/practice\/\[id\]\/quiz$/u, questions: true }
];

/**
 * `<link rel="preload">` tags for the lesson files a prerendered page will fetch, so the download
 * starts with the HTML (on a page that paints first, just after its first paint: paint-first.ts)
 * instead of after the page's scripts; '' for a page that opens no lesson.
 * Addresses are relative to the page (`pathname`, the address as the learner opened it), as
 * SvelteKit writes its own asset links, so a build served under any folder still finds them. The
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
	const page = LESSON_PAGES.find((p) => routeId !== null && p.route.test(routeId));
	if (!page || id === undefined) return '';
	const up = '../'.repeat(Math.max(0, pathname.split('/').length - 2)) || './';
	const paths = [lessonDataPath(id, release)];
	if (page.questions) paths.push(lessonQuestionsPath(id, release));
	return paths
		.map(
			(path) =>
				`<link rel="preload" as="fetch" href="${escapeAttribute(up + path.slice(1))}" crossorigin="anonymous">`
		)
		.join('');
}

const escapeAttribute = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
