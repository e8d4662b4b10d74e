/**
 * Moving through a quiz: one question at a time, then the score, then the review. Pure: the
 * session state applies what these return.
 */

export type QuizPhase = 'question' | 'score' | 'review';

export interface QuizPosition {
	phase: QuizPhase;
	/** The question shown (in the question phase), 0-based. */
	index: number;
}

export type QuizMove =
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'go'; index: number }
	| { kind: 'finish' }
	| { kind: 'review' }
	| { kind: 'restart' };

const clamp = (index: number, count: number) =>
	Math.min(Math.max(0, Math.trunc(index)), Math.max(0, count - 1));

/**
 * Where `move` leads from `at` in a quiz of `count` questions. Next stops at the last question
 * (finishing is its own move, so nobody finishes by pressing Next once too often).
 */
export function moveQuiz(at: QuizPosition, move: QuizMove, count: number): QuizPosition {
	switch (move.kind) {
		case 'next':
			return { phase: 'question', index: clamp(at.index + 1, count) };
		case 'previous':
			return { phase: 'question', index: clamp(at.index - 1, count) };
		case 'go':
			return { phase: 'question', index: clamp(move.index, count) };
		case 'finish':
			return { phase: 'score', index: at.index };
		case 'review':
			return { phase: 'review', index: at.index };
		case 'restart':
			return { phase: 'question', index: 0 };
	}
}

/** A stored position made safe for a quiz of `count` questions (the set may have changed). */
export function restorePosition(stored: QuizPosition | undefined, count: number): QuizPosition {
	if (!stored || count === 0) return { phase: 'question', index: 0 };
	return { phase: stored.phase, index: clamp(stored.index, count) };
}

/** Indexes of the questions still to answer, in order. */
export function unansweredIndexes(answered: readonly boolean[]): number[] {
	return answered.flatMap((done, i) => (done ? [] : [i]));
}
