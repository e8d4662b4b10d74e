/**
 * The catalogue as the pages get it: two small static files per release, written at build time
 * (routes/catalogue/[release]/), fetched by universal loads. A page prerendered with them carries
 * their text inline and reads it back as it hydrates; a page opened inside the app fetches them
 * (the service worker's cache answers offline). No page has a server load: SvelteKit then ships
 * no code for server data (2.2 KB gzip on every page, measured on a bare SvelteKit app).
 */
import { version } from '$app/environment';
import { fetchPublished, PublishedFileError } from './fetch-published';
import type { QuestionSet } from './question-schema';
import type { Skill } from './skills';
import type { LessonSummary } from './summary';

/** Bumped when either file's shape changes. */
export const CATALOGUE_VERSION = 1;

/** What the lists show of a built-in question set: never its questions. */
export interface SetSummary {
	lessonId: string;
	id: string;
	title: QuestionSet['title'];
	questionIds: string[];
	/** The skills its questions practise, in the skills' order. */
	skills: Skill[];
}

export interface LessonsFile {
	version: typeof CATALOGUE_VERSION;
	lessons: LessonSummary[];
}

export interface SetsFile {
	version: typeof CATALOGUE_VERSION;
	sets: SetSummary[];
}

/** Where the release's lesson summaries are published, below the app's base path. */
export const catalogueLessonsPath = (release: string) =>
	`/catalogue/${encodeURIComponent(release)}/lessons.json`;

/** Where the release's question set summaries are published. */
export const catalogueSetsPath = (release: string) =>
	`/catalogue/${encodeURIComponent(release)}/sets.json`;

async function fetchCatalogue<T extends { version: number }>(
	fetch: typeof globalThis.fetch,
	path: string
): Promise<T> {
	const data = await fetchPublished<T>(path, CATALOGUE_VERSION, fetch);
	if (!data) throw new PublishedFileError(`${path}: not published`);
	return data;
}

/** Every lesson's summary, with SvelteKit's `fetch` (inlined into prerendered pages). */
export async function loadLessonSummaries(
	fetch: typeof globalThis.fetch
): Promise<LessonSummary[]> {
	return (await fetchCatalogue<LessonsFile>(fetch, catalogueLessonsPath(version))).lessons;
}

/** A page's load for the lesson list it shows: `export { lessonListLoad as load }` in its +page.ts. */
export const lessonListLoad = async ({ fetch }: { fetch: typeof globalThis.fetch }) => ({
	lessons: await loadLessonSummaries(fetch)
});

/** Every built-in question set's summary, with SvelteKit's `fetch`. */
export async function loadSetSummaries(fetch: typeof globalThis.fetch): Promise<SetSummary[]> {
	return (await fetchCatalogue<SetsFile>(fetch, catalogueSetsPath(version))).sets;
}
