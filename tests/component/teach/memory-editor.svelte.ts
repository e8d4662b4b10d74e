/**
 * A set editor in memory for the editor components' tests: the EditorModel contract with a plain
 * undo history of snapshots and a few of the schema's problems (empty texts, no evidence), so the
 * tests watch the components' wiring (focus, names, which action runs) without IndexedDB.
 */
import * as v from 'valibot';
import type { FieldProblems } from '../../../src/lib/components/questions/player';
import type { EditorModel, SetProblem } from '../../../src/lib/components/teach/editor-model';
import {
	QuestionSchema,
	type Question,
	type QuestionInput,
	type QuestionKind
} from '../../../src/lib/content/question-schema';
import type { Lesson } from '../../../src/lib/content/schema';
import type { StorageErrorKind } from '../../../src/lib/storage/db';

type Draft = EditorModel['set'];

/** A single-choice question with its texts filled in and `evidence` as given. */
export function filledQuestion(id: string, prompt: string, evidence: string[] = ['p1.s1']) {
	return {
		kind: 'single-choice',
		id,
		prompt: { en: prompt, ar: 'من وصل؟' },
		hints: [],
		explanation: { en: 'Because.', ar: 'لأن.' },
		evidence,
		points: 1,
		tier: 1,
		skill: 'literal',
		options: [
			{ id: 'a', text: 'شويغو', correct: true },
			{ id: 'b', text: 'لافروف', correct: false }
		]
	} satisfies QuestionInput;
}

export class MemoryEditor implements EditorModel {
	set: Draft;
	readonly lesson: Lesson;
	saving = $state<'saved' | 'saving' | 'failed'>('saved');
	elsewhere = $state(false);
	stale = $state(false);
	error = $state<StorageErrorKind | undefined>();
	/** How many times publish() published. */
	publishedCount = $state(0);
	#past = $state<string[]>([]);
	#future = $state<string[]>([]);
	#last: string;

	constructor(lesson: Lesson, draft: Draft) {
		this.lesson = lesson;
		this.set = $state(draft);
		this.#last = JSON.stringify(draft);
	}

	get problems(): SetProblem[] {
		const found: SetProblem[] = [];
		const empty = (path: string, text: string | undefined, where: string) => {
			if (!text?.trim()) found.push({ path, message: `${where}: write something here` });
		};
		empty('title.en', this.set.title.en, 'Title');
		empty('title.ar', this.set.title.ar, 'Title');
		this.set.questions.forEach((q, i) => {
			empty(`questions.${i}.prompt.en`, q.prompt.en, `Question ${i + 1}`);
			empty(`questions.${i}.prompt.ar`, q.prompt.ar, `Question ${i + 1}`);
			if (q.evidence.length === 0)
				found.push({
					path: `questions.${i}.evidence`,
					message: `Question ${i + 1}: name at least one evidence sentence`
				});
		});
		return found;
	}

	problemsFor(index: number): FieldProblems {
		const prefix = `questions.${index}.`;
		return Object.fromEntries(
			this.problems
				.filter((p) => p.path.startsWith(prefix))
				.map((p) => [p.path.slice(prefix.length), p.message])
		);
	}

	get setProblems(): FieldProblems {
		return Object.fromEntries(
			this.problems.filter((p) => p.path.startsWith('title.')).map((p) => [p.path, p.message])
		);
	}

	get canPublish() {
		return this.problems.length === 0;
	}

	get canUndo() {
		return this.#past.length > 0;
	}

	get canRedo() {
		return this.#future.length > 0;
	}

	changed(): void {
		const now = JSON.stringify(this.set);
		if (now === this.#last) return;
		this.#past.push(this.#last);
		this.#future = [];
		this.#last = now;
	}

	#restore(snapshot: string) {
		const draft = JSON.parse(snapshot) as Draft;
		this.set.title = draft.title;
		this.set.questions = draft.questions;
		this.#last = snapshot;
	}

	undo(): void {
		const previous = this.#past.pop();
		if (previous === undefined) return;
		this.#future.push(this.#last);
		this.#restore(previous);
	}

	redo(): void {
		const next = this.#future.pop();
		if (next === undefined) return;
		this.#past.push(this.#last);
		this.#restore(next);
	}

	addQuestion(kind: QuestionKind, at = this.set.questions.length): number {
		const blank = { ...filledQuestion(`q${this.set.questions.length + 1}`, ''), evidence: [] };
		this.set.questions.splice(at, 0, { ...blank, kind } as QuestionInput);
		this.changed();
		return at;
	}

	duplicateQuestion(index: number): number {
		const copy = JSON.parse(JSON.stringify(this.set.questions[index])) as QuestionInput;
		this.set.questions.splice(index + 1, 0, { ...copy, id: `${copy.id}-copy` });
		this.changed();
		return index + 1;
	}

	deleteQuestion(index: number): void {
		this.set.questions.splice(index, 1);
		this.changed();
	}

	moveQuestion(index: number, by: -1 | 1): void {
		const [moved] = this.set.questions.splice(index, 1);
		if (moved) this.set.questions.splice(index + by, 0, moved);
		this.changed();
	}

	changeKind(index: number, kind: QuestionKind): void {
		const question = this.set.questions[index];
		if (question) this.set.questions[index] = { ...question, kind } as QuestionInput;
		this.changed();
	}

	async reload(): Promise<void> {
		this.stale = false;
	}

	async keepMine(): Promise<void> {
		this.stale = false;
	}

	async publish(): Promise<boolean> {
		if (!this.canPublish) return false;
		this.publishedCount++;
		return true;
	}

	preview(index?: number): Question[] | undefined {
		const list = index === undefined ? this.set.questions : [this.set.questions[index]];
		const parsed = list.map((q) => v.safeParse(QuestionSchema, q));
		return parsed.every((p) => p.success) ? parsed.map((p) => p.output as Question) : undefined;
	}
}
