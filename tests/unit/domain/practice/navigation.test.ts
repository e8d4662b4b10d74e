import { describe, expect, it } from 'vitest';
import {
	moveQuiz,
	restorePosition,
	unansweredIndexes,
	type QuizPosition
} from '../../../../src/lib/domain/practice/navigation';

const at = (index: number): QuizPosition => ({ phase: 'question', index });

describe('moveQuiz', () => {
	it('steps forward and back, stopping at both ends', () => {
		expect(moveQuiz(at(0), { kind: 'next' }, 3)).toEqual(at(1));
		expect(moveQuiz(at(2), { kind: 'next' }, 3)).toEqual(at(2));
		expect(moveQuiz(at(1), { kind: 'previous' }, 3)).toEqual(at(0));
		expect(moveQuiz(at(0), { kind: 'previous' }, 3)).toEqual(at(0));
	});

	it('goes to a question by index, kept inside the quiz', () => {
		expect(moveQuiz(at(0), { kind: 'go', index: 2 }, 3)).toEqual(at(2));
		expect(moveQuiz(at(0), { kind: 'go', index: 9 }, 3)).toEqual(at(2));
		expect(moveQuiz(at(1), { kind: 'go', index: -4 }, 3)).toEqual(at(0));
	});

	it('finishes to the score, reviews, and restarts at the first question', () => {
		const score = moveQuiz(at(1), { kind: 'finish' }, 3);
		expect(score).toEqual({ phase: 'score', index: 1 });
		expect(moveQuiz(score, { kind: 'review' }, 3)).toEqual({ phase: 'review', index: 1 });
		expect(moveQuiz(score, { kind: 'restart' }, 3)).toEqual(at(0));
		// From the score, Previous and Next return to the questions.
		expect(moveQuiz(score, { kind: 'previous' }, 3)).toEqual(at(0));
	});
});

describe('restorePosition', () => {
	it('starts at the first question when nothing was stored', () => {
		expect(restorePosition(undefined, 5)).toEqual(at(0));
	});

	it('keeps a stored position, pulled inside a set that has shrunk', () => {
		expect(restorePosition({ phase: 'review', index: 3 }, 5)).toEqual({
			phase: 'review',
			index: 3
		});
		expect(restorePosition(at(8), 5)).toEqual(at(4));
		expect(restorePosition(at(8), 0)).toEqual(at(0));
	});
});

describe('unansweredIndexes', () => {
	it('lists the questions not done, in order', () => {
		expect(unansweredIndexes([true, false, true, false])).toEqual([1, 3]);
		expect(unansweredIndexes([])).toEqual([]);
	});
});
