import { version } from '$app/environment';
import { nextTask } from '$lib/next-task';
import { fetchPublished } from './fetch-published';
import type { Lesson } from './schema';
import {
	LESSON_DATA_VERSION,
	lessonDataPath,
	lessonQuestionsPath,
	type LessonData,
	type LessonFile,
	type QuestionsFile
} from './lesson-data';

// Each file is read (its JSON parsed) in a task of its own, and the page that asked for it is
// hydrated in the next: on a slow phone the two in one task made one long task (issue 12).
async function fetchFile<T extends { version: number }>(path: string): Promise<T | undefined> {
	const file = await fetchPublished<T>(path, LESSON_DATA_VERSION);
	await nextTask();
	return file;
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
