/**
 * The contract every question player follows: one props shape for all kinds, so a page can render
 * any question through the registry without knowing its kind.
 */
import type { Component } from 'svelte';
import type { QuestionKind, QuestionOf } from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import type { Grade, ResponseOf } from '$lib/domain/grading/types';

export interface PlayerProps<K extends QuestionKind> {
	question: QuestionOf<K>;
	/** The learner's answer so far; bind it (`bind:response`). Start from `emptyResponse`. */
	response: ResponseOf<K>;
	/** The lesson the question is about: cloze and evidence players show its sentences. */
	lesson: Lesson;
	/** When set, the player is locked and shows the verdict and which parts were right. */
	grade?: Grade;
	/** Show the right answer (and the explanation) whether or not the question was answered. */
	showSolution?: boolean;
	/** Prefix for element ids, unique on the page: labels and live regions hang on it. */
	idPrefix: string;
	/** Called with sentence ids when the learner asks to see the evidence in the article. */
	onevidence?: (sentenceIds: string[]) => void;
}

/** A player component for questions of kind `K`; `response` is its one bindable prop. */
export type Player<K extends QuestionKind> = Component<PlayerProps<K>, object, 'response'>;

/** An editor component for questions of kind `K` (none yet: the teacher editor adds them). */
export type Editor<K extends QuestionKind> = Component<
	{ question: QuestionOf<K> },
	object,
	'question'
>;

/** A component's module, as a dynamic `import()` of a .svelte file gives it. */
export type Lazy<C> = () => Promise<{ default: C }>;

/**
 * A kind's browser side, in src/lib/kinds/<kind>/view.ts beside its player: the registry finds
 * every such file, so a new kind needs no line here.
 */
export interface KindView<K extends QuestionKind> {
	kind: K;
	/** Loads the kind's player (use the registry's `loadPlayer`, which caches it, rather than this). */
	Player: Lazy<Player<K>>;
	/** The kind's name, in the UI language. */
	label: () => string;
	/** Loads the kind's editor; the slot is empty until the teacher editor fills it. */
	Editor: Lazy<Editor<K>> | undefined;
}

/** The id of the question's prompt, which names the player's controls. */
export function promptId(idPrefix: string): string {
	return `${idPrefix}-prompt`;
}

/**
 * Whether a player is locked under `grade`. An unanswered or invalid response is not locked: the
 * learner is asked to answer, so they must be able to.
 */
export function isLocked(grade: Grade | undefined): boolean {
	return grade !== undefined && grade.verdict !== 'unanswered' && grade.verdict !== 'invalid';
}
