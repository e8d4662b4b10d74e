import { lessonIds, loadLesson } from './index';
import { summarize, type LessonSummary } from './summary';

/** Summaries of every lesson, in catalogue order. Loads each lesson: call at build time. */
export async function lessonSummaries(): Promise<LessonSummary[]> {
	const lessons = await Promise.all(lessonIds.map((id) => loadLesson(id)));
	return lessons.flatMap((lesson) => (lesson ? [summarize(lesson)] : []));
}
