/**
 * The lesson catalogue: article id -> lazy import of its content module, so a page loads only the
 * lesson it shows.
 */
import type { Lesson } from './schema';

const modules: Record<string, () => Promise<{ lesson: Lesson }>> = {
	'shoigu-tehran-2023': () => import('./articles/shoigu-tehran-2023')
};

/** Every lesson id, in the order lessons are listed. */
export const lessonIds: readonly string[] = Object.keys(modules);

/** Loads one lesson's content; undefined when no lesson has that id. */
export async function loadLesson(id: string): Promise<Lesson | undefined> {
	const load = modules[id];
	return load ? (await load()).lesson : undefined;
}
