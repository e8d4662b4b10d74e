/**
 * The contract every question player follows: one props shape for all kinds, so a page can render
 * any question through the registry without knowing its kind.
 */
import type { Component } from 'svelte';
import type { QuestionInput, QuestionKind, QuestionOf } from '$lib/content/question-schema';
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

/** A question of kind `K` as a teacher writes it: defaults may be left out, fields may be empty. */
export type QuestionInputOf<K extends QuestionKind> = Extract<QuestionInput, { kind: K }>;

/**
 * Problems the content schema found in one question, in the UI language, keyed by the field's path
 * inside the question: `prompt.ar`, `options.2.text`, `gaps.0.token`. A field shows the problem at
 * its path (see components/teach/fields/field-id.ts for the ids that tie them together).
 */
export type FieldProblems = Readonly<Record<string, string>>;

export interface EditorProps<K extends QuestionKind> {
	/**
	 * The question being written; bind it (`bind:question`). The editor changes its kind's own
	 * fields in place (options, answers, gaps...); the fields every kind shares (prompt, hints,
	 * explanation, evidence, points, tier, skill) are edited around it by the set editor.
	 */
	question: QuestionInputOf<K>;
	/** The lesson the question is about: cloze picks its gaps from the lesson's sentences. */
	lesson: Lesson;
	/** Prefix for element ids, unique on the page. */
	idPrefix: string;
	problems: FieldProblems;
}

/** An editor component for questions of kind `K`, registered in the kind's view.ts. */
export type Editor<K extends QuestionKind> = Component<EditorProps<K>, object, 'question'>;

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
}

/**
 * A kind's editor, in src/lib/kinds/<kind>/editor.ts, apart from its view so that learner pages
 * do not carry the editors' loaders; components/teach/editors.ts finds every such file.
 */
export interface EditorEntry<K extends QuestionKind> {
	kind: K;
	/** Loads the kind's editor (its own fields; the set editor adds the shared ones). */
	Editor: Lazy<Editor<K>>;
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
