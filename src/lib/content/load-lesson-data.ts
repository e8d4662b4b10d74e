import { version } from '$app/environment';
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import type { Lesson } from './schema';
import {
	LESSON_DATA_VERSION,
	lessonDataPath,
	lessonQuestionsPath,
	type LessonData,
	type LessonFile,
	type QuestionsFile
} from './lesson-data';

/** Why a lesson could not be opened, worded for the learner by the page. */
export class LessonUnavailableError extends Error {}

/**
 * One of a lesson's static files, fetched with the global fetch so that SvelteKit does not inline
 * it into the page (the service worker's cache answers when offline); undefined on a 404.
 */
async function fetchFile<T extends { version: number }>(path: string): Promise<T | undefined> {
	const response = await globalThis.fetch(resolve(path as Pathname));
	if (response.status === 404) return undefined;
	if (!response.ok) throw new LessonUnavailableError(`HTTP ${response.status}`);
	const data = (await response.json()) as T;
	// Built by us with the same release as this code, so a version stamp is the check that matters.
	if (data.version !== LESSON_DATA_VERSION)
		throw new LessonUnavailableError(`lesson data version ${String(data.version)}`);
	return data;
}

/**
 * A lesson without its question sets, for a page that asks none (the reader, the vocabulary
 * drill, review). While prerendering it comes straight from the content modules (import.meta.env.SSR
 * is replaced at build time, so the client bundle drops that branch and the catalogue with it).
 */
export async function loadLessonOnly(id: string): Promise<Lesson | undefined> {
	if (import.meta.env.SSR) {
		const { loadLesson } = await import('./index');
		return loadLesson(id);
	}
	return (await fetchFile<LessonFile>(lessonDataPath(id, version)))?.lesson;
}

/** A lesson and its question sets, the two files fetched side by side. */
export async function loadLessonData(id: string): Promise<LessonData | undefined> {
	if (import.meta.env.SSR) {
		const { loadLesson, loadQuestionSets } = await import('./index');
		const lesson = await loadLesson(id);
		return lessonData(lesson, lesson && (await loadQuestionSets(id)));
	}
	const [lesson, questions] = await Promise.all([
		loadLessonOnly(id),
		fetchFile<QuestionsFile>(lessonQuestionsPath(id, version))
	]);
	return lessonData(lesson, questions?.questionSets);
}

function lessonData(
	lesson: Lesson | undefined,
	questionSets: LessonData['questionSets'] | undefined
): LessonData | undefined {
	return lesson && questionSets && { version: LESSON_DATA_VERSION, lesson, questionSets };
}
