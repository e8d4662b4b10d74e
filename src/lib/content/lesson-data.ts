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
