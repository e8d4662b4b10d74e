/**
 * The graders of every question kind (and the Arabic folding the typed-answer graders use), fetched
 * when a learner first changes an answer or presses Check, not with the page: most visits to a
 * question page read before they answer, and the graders are 7.8 KB of its first load (issue 12).
 * A page that finds checked answers to restore fetches them at once.
 */
import type { Question } from '$lib/content/question-schema';
import type { GradeContext } from '$lib/domain/grading/context';
import type { Grade, Response } from '$lib/domain/grading/types';
import { lazyOnce } from '$lib/lazy-once';

export type GradeAny = (question: Question, response: Response, context?: GradeContext) => Grade;

const fetchGraders = lazyOnce(() => import('$lib/domain/grading').then((m) => m.gradeAny));
let arrived = $state(false);

/** The grader once fetched, else undefined; read in an effect or derived, it updates on arrival. */
export function graders(): GradeAny | undefined {
	void arrived; // read so that a derived or effect calling this runs again when they arrive
	return fetchGraders.loaded;
}

/** Fetches the graders (once; a failed fetch is tried again on the next call). */
export async function loadGraders(): Promise<GradeAny> {
	const grade = await fetchGraders();
	arrived = true;
	return grade;
}

/**
 * Starts fetching the graders if they are not there yet, for a learner at work (a failure shows at
 * Check). Nothing to do once they are: this runs on every change of an answer, each keystroke.
 */
export function fetchGradersSoon(): void {
	if (!fetchGraders.loaded) loadGraders().catch(() => {});
}

/**
 * Runs `action` with the graders there: at once when they are already (the feedback is drawn in
 * the same task as the click), else once they have arrived. Rejects when they cannot be fetched.
 */
export function withGraders(action: () => void): Promise<void> {
	if (fetchGraders.loaded) {
		action();
		return Promise.resolve();
	}
	return loadGraders().then(action);
}
