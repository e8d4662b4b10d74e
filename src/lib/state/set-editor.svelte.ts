/**
 * The one owner of a teacher's set while it is edited: the set itself (deep state, bound by the
 * editor's fields), its problems in the teacher's words, undo and redo, autosave, publishing.
 *
 * Every recorded change is written at once (one write at a time, the latest state each time), so
 * a reload or a crash loses at most the keystroke being written; `flush` waits for it and runs on
 * pagehide and before an update. Two tabs: each save goes through only if the stored set is still
 * the version this tab last saved (`saveTeacherSetOver`). When another tab saved a newer one,
 * this tab stops saving (its work stays on screen), sets `stale`, and the teacher chooses:
 * `reload()` takes the other tab's version (one undo brings this tab's back), `keepMine()`
 * writes this tab's over it. Nothing is overwritten without that choice. The writing itself is
 * `SetSaver`'s (set-saver.svelte.ts).
 */
import * as v from 'valibot';
import type { LessonData } from '$lib/content/lesson-data';
import {
	QuestionSchema,
	QuestionSetSchema,
	type Question,
	type QuestionKind
} from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import type { FieldProblems } from '$lib/components/questions/player';
import {
	blankQuestion,
	checkedIssues,
	EditHistory,
	nextQuestionId,
	setIssues,
	toEditable,
	withKind,
	type EditableSet,
	type EditorIssue,
	type IssueCache
} from '$lib/domain/editor';
import type { StorageErrorKind } from '$lib/storage/db';
import type { TeacherSetRecord } from '$lib/storage/teacher-sets';
import { issueMessage, splitPath, summaryMessage } from './editor-messages';
import { SetPresence } from './set-presence';
import { SetSaver } from './set-saver.svelte';
import { registerFlush } from './unsaved-work';

export type { EditableSet } from '$lib/domain/editor';
export type { StorageErrorKind } from '$lib/storage/db';
export { copyBuiltInSet, newSet, openSetEditor } from './set-editor-open';

/** What the editor functions need from outside; tests pass their own. */
export interface EditorDeps {
	/** The clock, in milliseconds since the epoch. */
	now?: () => number;
	/** A lesson and its built-in sets (by default the app's lesson data file). */
	lessonData?: (lessonId: string) => Promise<LessonData | undefined>;
}

const snapshotOf = (set: EditableSet) => JSON.stringify($state.snapshot(set));

/** Problems as a field-path -> message map; two problems of one field are joined. */
function fieldMap(issues: EditorIssue[], strip: (path: string) => string): FieldProblems {
	const out: Record<string, string> = {};
	for (const issue of issues) {
		const path = strip(issue.path);
		const message = issueMessage(issue);
		out[path] = out[path] ? `${out[path]}; ${message}` : message;
	}
	return out;
}

export class SetEditor {
	readonly lesson: Lesson;
	#set = $state() as EditableSet;
	#saver: SetSaver;
	#history: EditHistory;
	#version = $state(0);
	// A plain cache, not state: it only spares re-checking questions that did not change.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#cache: IssueCache = new Map();
	/** What `fahm check` itself found when publishing was last tried (see publish). */
	#checked = $state<EditorIssue[]>([]);
	#issues = $derived.by(() => {
		const issues = setIssues($state.snapshot(this.#set), this.lesson, this.#cache);
		return issues.length ? issues : this.#checked;
	});
	/** How many other tabs have this set open. */
	#others = $state(0);
	#now: () => number;
	#presence: SetPresence;
	#unregister: () => void;

	constructor(record: TeacherSetRecord, set: EditableSet, lesson: Lesson, deps: EditorDeps = {}) {
		this.#set = set;
		this.lesson = lesson;
		this.#now = deps.now ?? Date.now;
		this.#history = new EditHistory(snapshotOf(set));
		this.#saver = new SetSaver(record, {
			now: this.#now,
			draft: () => $state.snapshot(this.#set) as unknown as Record<string, unknown>,
			saved: (updatedAt) => this.#presence.saved(updatedAt)
		});
		this.#presence = new SetPresence(record.id, {
			others: (count) => (this.#others = count),
			saved: (updatedAt) => this.#saver.otherSaved(updatedAt)
		});
		this.#unregister = registerFlush(() => this.flush());
	}

	get set(): EditableSet {
		return this.#set;
	}
	get record(): TeacherSetRecord {
		return this.#saver.record;
	}
	get saving(): 'saved' | 'saving' | 'failed' {
		return this.#saver.saving;
	}
	get savedAt(): number | undefined {
		return this.#saver.savedAt;
	}
	/** Why the last save failed, when it was storage (full disk, storage refused). */
	get error(): StorageErrorKind | undefined {
		return this.#saver.error;
	}
	/** Another tab saved a newer version; this tab does not save until the teacher chooses. */
	get stale(): boolean {
		return this.#saver.stale;
	}
	get issues(): EditorIssue[] {
		return this.#issues;
	}
	get problems(): { path: string; message: string }[] {
		return this.#issues.map((issue) => ({ path: issue.path, message: summaryMessage(issue) }));
	}
	problemsFor(index: number): FieldProblems {
		const prefix = `questions.${index}.`;
		return fieldMap(
			this.#issues.filter((i) => i.path.startsWith(prefix)),
			(path) => path.slice(prefix.length)
		);
	}
	get setProblems(): FieldProblems {
		return fieldMap(
			this.#issues.filter((i) => splitPath(i.path).question === undefined),
			(path) => path
		);
	}
	get canPublish(): boolean {
		return this.#issues.length === 0;
	}
	get canUndo(): boolean {
		void this.#version;
		return this.#history.canUndo;
	}
	get canRedo(): boolean {
		void this.#version;
		return this.#history.canRedo;
	}
	/** The same set is open in another tab. */
	get elsewhere(): boolean {
		return this.#others > 0 || this.stale;
	}

	/** Records the set as it is now (after an edit through a binding) and saves it. */
	changed(): void {
		if (!this.#history.record(snapshotOf(this.#set))) return;
		this.#checked = [];
		this.#version++;
		this.#save();
	}

	#restore(snapshot: string | undefined): void {
		if (snapshot === undefined) return;
		this.#set = JSON.parse(snapshot) as EditableSet;
		this.#checked = [];
		this.#version++;
		this.#save();
	}
	undo(): void {
		this.#restore(this.#history.undo());
	}
	redo(): void {
		this.#restore(this.#history.redo());
	}

	/** Adds a blank question of `kind` at `at` (the end by default); returns its index. */
	addQuestion(kind: QuestionKind, at = this.#set.questions.length): number {
		this.#set.questions.splice(at, 0, blankQuestion(kind, nextQuestionId(this.#set.questions)));
		this.changed();
		return at;
	}
	/** Puts a copy (with a new id) right after the question; returns the copy's index. */
	duplicateQuestion(index: number): number {
		const copy = structuredClone($state.snapshot(this.#set.questions[index]!));
		copy.id = nextQuestionId(this.#set.questions);
		this.#set.questions.splice(index + 1, 0, copy);
		this.changed();
		return index + 1;
	}
	deleteQuestion(index: number): void {
		this.#set.questions.splice(index, 1);
		this.changed();
	}
	moveQuestion(index: number, by: -1 | 1): void {
		const to = index + by;
		if (to < 0 || to >= this.#set.questions.length) return;
		const [question] = this.#set.questions.splice(index, 1);
		this.#set.questions.splice(to, 0, question!);
		this.changed();
	}
	/** Makes the question one of `kind`, keeping what all kinds share (see withKind). */
	changeKind(index: number, kind: QuestionKind): void {
		this.#set.questions[index] = withKind($state.snapshot(this.#set.questions[index]!), kind);
		this.changed();
	}

	/** The question(s) as a learner gets them (defaults in), or undefined while any is invalid. */
	preview(index?: number): Question[] | undefined {
		const questions = $state.snapshot(this.#set.questions);
		const chosen = index === undefined ? questions : questions.slice(index, index + 1);
		const parsed = chosen.map((q) => v.safeParse(QuestionSchema, q));
		if (chosen.length === 0 || !parsed.every((p) => p.success)) return undefined;
		return parsed.map((p) => p.output as Question);
	}

	/** Publishes the set as it is now to learners on this device; false while it has problems. */
	async publish(): Promise<boolean> {
		await this.flush();
		if (!this.canPublish || this.stale) return false;
		const draft = $state.snapshot(this.#set) as unknown as Record<string, unknown>;
		// The editor's own checks passed; `fahm check` has the last word (and is too slow to run
		// on every keystroke). What it finds stays listed until the next change.
		this.#checked = checkedIssues(draft, this.lesson);
		if (this.#checked.length) return false;
		const published = v.parse(QuestionSetSchema, draft) as unknown as Record<string, unknown>;
		const now = this.#now();
		// Only the published version: the draft stays whatever was typed since (it is saved in turn).
		return this.#saver.write((record) => ({ ...record, published, publishedAt: now }), now);
	}

	#save(): void {
		this.#saver.save();
	}

	/** Waits until every change made so far is written (or has failed). */
	flush(): Promise<void> {
		return this.#saver.flush();
	}

	/** Takes the version another tab saved; one undo brings back this tab's. */
	async reload(): Promise<void> {
		const stored = await this.#saver.stored();
		const set = stored && toEditable(stored.draft);
		if (!stored || !set) return;
		this.#saver.adopt(stored);
		this.#set = set;
		this.#history.record(snapshotOf(set), true);
		this.#version++;
	}

	/** Writes this tab's version over the one another tab saved. */
	keepMine(): Promise<void> {
		return this.#saver.overwrite();
	}

	dispose(): void {
		this.#unregister();
		this.#presence.close();
	}
}
