/**
 * Building a `Grade`: the verdict follows from the score, points from the question's points, so
 * every grader fills these in the same way.
 */
import type { Bilingual } from '../../content/question-parts';
import type { Grade, GradeNote, Verdict } from './types';

type Parts = Grade['parts'];

/** A graded answer: correct at 1, incorrect at 0, partial in between. */
export function scored(
	question: { points: number },
	score: number,
	parts: Parts = [],
	feedback: Bilingual[] = [],
	notes: GradeNote[] = []
): Grade {
	const clamped = Math.min(1, Math.max(0, score));
	const verdict: Verdict = clamped >= 1 ? 'correct' : clamped <= 0 ? 'incorrect' : 'partial';
	return { verdict, score: clamped, points: clamped * question.points, feedback, notes, parts };
}

/** Nothing to grade yet: a prompt to answer, never a wrong answer. */
export function unanswered(notes: GradeNote[] = []): Grade {
	return { verdict: 'unanswered', score: 0, points: 0, feedback: [], notes, parts: [] };
}

/** The response does not fit the question (unknown id, wrong length, duplicate, wrong kind). */
export function invalid(notes: GradeNote[] = []): Grade {
	return { verdict: 'invalid', score: 0, points: 0, feedback: [], notes, parts: [] };
}

/** True when `ids` holds the same id twice. */
export function hasDuplicates(ids: readonly unknown[]): boolean {
	return new Set(ids).size !== ids.length;
}

/** The question's items by id, built once per question (graders run in hot loops). */
export function cachedIndex<Q extends object, T>(
	cache: WeakMap<Q, Map<string, T>>,
	question: Q,
	items: readonly T[],
	id: (item: T) => string
): Map<string, T> {
	let index = cache.get(question);
	if (!index) {
		index = new Map(items.map((item) => [id(item), item]));
		cache.set(question, index);
	}
	return index;
}
