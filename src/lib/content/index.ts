/**
 * The lesson catalogue: article id -> lazy import of its content module, so a page loads only the
 * lesson it shows.
 */
import * as v from 'valibot';
import { QuestionSetSchema, type QuestionSet, type QuestionSetInput } from './question-schema';
import type { Lesson } from './schema';

interface LessonModule {
	lesson: Lesson;
	/** The lesson's question sets as written; validated (and defaults filled) on load. */
	questionSets?: QuestionSetInput[];
}

const modules: Record<string, () => Promise<LessonModule>> = {
	'shoigu-tehran-2023': () => import('./articles/shoigu-tehran-2023')
};

/** Every lesson id, in the order lessons are listed. */
export const lessonIds: readonly string[] = Object.keys(modules);

/** Loads one lesson's content; undefined when no lesson has that id. */
export async function loadLesson(id: string): Promise<Lesson | undefined> {
	const load = modules[id];
	return load ? (await load()).lesson : undefined;
}

/** A lesson's question sets, parsed with their defaults; empty when it has none (or no such lesson). */
export async function loadQuestionSets(id: string): Promise<QuestionSet[]> {
	const load = modules[id];
	const sets = load ? ((await load()).questionSets ?? []) : [];
	return sets.map((set) => v.parse(QuestionSetSchema, set));
}

/** A lesson's question sets exactly as its module exports them, for `fahm check` to report on. */
export async function loadRawQuestionSets(id: string): Promise<unknown[]> {
	const load = modules[id];
	const sets: unknown = load ? (await load()).questionSets : undefined;
	return Array.isArray(sets) ? sets : sets === undefined ? [] : [sets];
}
