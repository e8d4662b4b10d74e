import { version } from '$app/environment';
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import { LESSON_DATA_VERSION, lessonDataPath, type LessonData } from './lesson-data';

/** Why a lesson could not be opened, worded for the learner by the page. */
export class LessonUnavailableError extends Error {}

/**
 * A lesson's data for a page's universal load. While prerendering it comes straight from the
 * content modules; in the browser from the shared static asset (the service worker's cache when
 * offline), fetched with the global fetch so that SvelteKit does not inline it into the page.
 */
export async function loadLessonData(id: string): Promise<LessonData | undefined> {
	// import.meta.env.SSR is replaced at build time, so the client bundle drops this branch and
	// the whole content catalogue with it.
	if (import.meta.env.SSR) {
		const { loadLesson, loadQuestionSets } = await import('./index');
		const lesson = await loadLesson(id);
		return lesson
			? { version: LESSON_DATA_VERSION, lesson, questionSets: await loadQuestionSets(id) }
			: undefined;
	}
	const response = await globalThis.fetch(resolve(lessonDataPath(id, version) as Pathname));
	if (response.status === 404) return undefined;
	if (!response.ok) throw new LessonUnavailableError(`HTTP ${response.status}`);
	const data = (await response.json()) as LessonData;
	// Built by us with the same release as this code, so a version stamp is the check that matters.
	if (data.version !== LESSON_DATA_VERSION)
		throw new LessonUnavailableError(`lesson data version ${String(data.version)}`);
	return data;
}
