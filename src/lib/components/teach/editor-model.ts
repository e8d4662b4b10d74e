/**
 * What the set editor's components need of the set being edited: the part of `SetEditor`
 * (src/lib/state/set-editor.svelte.ts) they use, as an interface, so the components depend on the
 * shape and a test can hand them a small in-memory model.
 */
import type { FieldProblems } from '$lib/components/questions/player';
import type { Question, QuestionInput, QuestionKind } from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import { KINDS } from '$lib/kinds';
import type { StorageErrorKind } from '$lib/state/set-editor.svelte';

/** A problem of the whole set: `title.en`, `questions.2.options.1.text`. */
export interface SetProblem {
	path: string;
	message: string;
}

export interface EditorModel {
	readonly set: {
		id: string;
		title: { en: string; ar: string };
		questions: QuestionInput[];
	};
	readonly lesson: Lesson;
	readonly problems: readonly SetProblem[];
	problemsFor(index: number): FieldProblems;
	readonly setProblems: FieldProblems;
	readonly canPublish: boolean;
	changed(): void;
	undo(): void;
	redo(): void;
	readonly canUndo: boolean;
	readonly canRedo: boolean;
	addQuestion(kind: QuestionKind, at?: number): number;
	duplicateQuestion(index: number): number;
	deleteQuestion(index: number): void;
	moveQuestion(index: number, by: -1 | 1): void;
	changeKind(index: number, kind: QuestionKind): void;
	readonly saving: 'saved' | 'saving' | 'failed';
	/** Why the last save failed, when storage refused it. */
	readonly error: StorageErrorKind | undefined;
	readonly elsewhere: boolean;
	/** Another tab saved a newer version: nothing is saved until the teacher chooses. */
	readonly stale: boolean;
	/** Takes the other tab's version (one undo brings this tab's back). */
	reload(): Promise<void>;
	/** Writes this tab's version over the other tab's. */
	keepMine(): Promise<void>;
	publish(): Promise<boolean>;
	preview(index?: number): Question[] | undefined;
}

/** The id prefix of question `index`'s fields in the editor (`q1` for the first). */
export function questionPrefix(index: number): string {
	return `q${index + 1}`;
}

/** The id prefix of the set's own fields (the title). */
export const SET_PREFIX = 'set';

/** The id of question `index`'s heading, where focus goes when the question is added or reached. */
export function questionHeadingId(index: number): string {
	return `${questionPrefix(index)}-heading`;
}

/** The id of the Questions heading: where set-wide problems of the question list lead. */
export const QUESTIONS_HEADING = 'questions-heading';

/** The kinds in the order the kind list gives them (the order a teacher picks from). */
export const KIND_ORDER: readonly QuestionKind[] = KINDS.map((k) => k.kind);

/** The id of the Add question button: where focus goes when the last question is deleted. */
export const ADD_QUESTION_ID = 'add-question';
