/**
 * Which right/wrong marker a part of a question shows, from the grade's parts and the solution.
 * Kept apart from the components so every player marks parts the same way.
 */
import type { Grade } from '$lib/domain/grading/types';

/** right: chosen and right; wrong: chosen (or placed) wrongly; missed: a right one left out; answer: shown as the solution. */
export type MarkState = 'right' | 'wrong' | 'missed' | 'answer';

/** Whether the grade counts part `id` right, or undefined when the grade says nothing about it. */
export function partCorrect(grade: Grade | undefined, id: string): boolean | undefined {
	return grade?.parts.find((p) => p.id === id)?.correct;
}

/**
 * The marker for one choice (an option, a sentence, a checklist point). An unchosen part the grade
 * counts right needs no marker; one it counts wrong was missed.
 */
export function choiceMark(
	selected: boolean,
	correct: boolean | undefined,
	isAnswer: boolean,
	showSolution: boolean
): MarkState | undefined {
	if (correct !== undefined) {
		if (selected) return correct ? 'right' : 'wrong';
		if (!correct) return 'missed';
	}
	return showSolution && isAnswer ? 'answer' : undefined;
}

/** The marker for a part that is placed or filled rather than chosen (a match, a position, a gap). */
export function placedMark(correct: boolean | undefined): MarkState | undefined {
	return correct === undefined ? undefined : correct ? 'right' : 'wrong';
}

/**
 * The marker for a typed answer, which is one part: right or wrong by its verdict. Partial credit
 * gets none; the verdict and the notes say what differed.
 */
export function typedMark(grade: Grade | undefined): MarkState | undefined {
	if (grade?.verdict === 'correct') return 'right';
	if (grade?.verdict === 'incorrect') return 'wrong';
	return undefined;
}

/** `chosen` with `id` ticked on or off, in the order of `all` (the order the choices are shown in). */
export function toggled(
	all: readonly string[],
	chosen: readonly string[],
	id: string,
	on: boolean
): string[] {
	return all.filter((x) => (x === id ? on : chosen.includes(x)));
}
