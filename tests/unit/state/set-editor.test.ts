import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLesson, loadQuestionSets } from '../../../src/lib/content/index';
import { LESSON_DATA_VERSION, type LessonData } from '../../../src/lib/content/lesson-data';
import {
	copyBuiltInSet,
	newSet,
	openSetEditor,
	SetEditor
} from '../../../src/lib/state/set-editor.svelte';
import { closeDatabase, database } from '../../../src/lib/storage/db';
import { loadTeacherSet } from '../../../src/lib/storage/teacher-sets';

const LESSON = 'shoigu-tehran-2023';
const BUILT_IN = 'shoigu-tehran-2023-comprehension';
let clock = 1_000;
const deps = {
	now: () => clock,
	lessonData: async (id: string): Promise<LessonData | undefined> => {
		const lesson = await loadLesson(id);
		return (
			lesson && { version: LESSON_DATA_VERSION, lesson, questionSets: await loadQuestionSets(id) }
		);
	}
} as const;
const open = async (id: string) => {
	const editor = await openSetEditor(id, deps);
	if (!(editor instanceof SetEditor)) throw new Error(editor.error);
	opened.push(editor);
	return editor;
};
let opened: SetEditor[] = [];

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	clock = 1_000;
});
afterEach(() => {
	opened.forEach((editor) => editor.dispose());
	opened = [];
	closeDatabase();
});

describe('SetEditor', () => {
	it('a reload (a new editor on the same id) gets back every change, even one still being written', async () => {
		const id = await newSet(LESSON, deps);
		expect(id).toBe('my-set');
		const editor = await open(id);
		editor.set.title.en = 'Who went where';
		editor.changed();
		const at = editor.addQuestion('single-choice');
		editor.set.questions[at]!.prompt.ar = 'من زار طهران؟';
		editor.changed();
		editor.set.title.ar = 'من ذهب إلى أين';
		editor.changed(); // not awaited: the flush on pagehide waits for it
		await editor.flush();
		expect(editor.saving).toBe('saved');
		editor.dispose();

		const again = await open(id);
		expect(again.set.title).toEqual({ en: 'Who went where', ar: 'من ذهب إلى أين' });
		expect(again.set.questions.map((q) => [q.id, q.kind, q.prompt.ar])).toEqual([
			['q1', 'single-choice', 'من زار طهران؟']
		]);
	});

	it('undo and redo; typing in one field is one step', async () => {
		const editor = await open(await newSet(LESSON, deps));
		for (const text of ['W', 'Wh', 'Who']) {
			editor.set.title.en = text;
			editor.changed();
		}
		editor.addQuestion('evidence');
		expect(editor.set.questions).toHaveLength(1);
		editor.undo();
		expect(editor.set.questions).toHaveLength(0);
		expect(editor.set.title.en).toBe('Who');
		editor.undo();
		expect(editor.set.title.en).toBe('');
		expect(editor.canUndo).toBe(false);
		editor.redo();
		editor.redo();
		expect([editor.set.title.en, editor.set.questions.length, editor.canRedo]).toEqual([
			'Who',
			1,
			false
		]);
		await editor.flush();
		expect((await loadTeacherSet(editor.record.id))?.draft.title).toEqual({ en: 'Who', ar: '' });
	});

	it('adds, duplicates, moves, changes the kind of and deletes questions', async () => {
		const editor = await open(await newSet(LESSON, deps));
		editor.addQuestion('single-choice');
		editor.set.questions[0]!.prompt.en = 'First';
		editor.changed();
		expect(editor.duplicateQuestion(0)).toBe(1);
		editor.addQuestion('numerical', 0);
		expect(editor.set.questions.map((q) => [q.id, q.kind, q.prompt.en])).toEqual([
			['q3', 'numerical', ''],
			['q1', 'single-choice', 'First'],
			['q2', 'single-choice', 'First']
		]);
		editor.moveQuestion(0, 1);
		editor.changeKind(0, 'multiple-response');
		editor.deleteQuestion(2);
		expect(editor.set.questions.map((q) => [q.id, q.kind])).toEqual([
			['q1', 'multiple-response'],
			['q3', 'numerical']
		]);
		expect(editor.set.questions[0]).toMatchObject({ prompt: { en: 'First' } });
	});

	it('refuses to publish while there are problems, and says which', async () => {
		const editor = await open(await newSet(LESSON, deps));
		expect(editor.problems.map((p) => p.message)).toEqual([
			'Write the English side of the title',
			'Write the Arabic side of the title',
			'A set needs at least one question'
		]);
		expect(editor.setProblems).toEqual({
			'title.en': 'Write the English side of the title',
			'title.ar': 'Write the Arabic side of the title',
			questions: 'A set needs at least one question'
		});
		editor.addQuestion('single-choice');
		expect(editor.problemsFor(0)).toMatchObject({
			'options.0.text': 'Option 1 is empty',
			options: 'No correct answer marked',
			evidence: 'Pick at least one evidence sentence in the article'
		});
		expect(editor.canPublish).toBe(false);
		expect(await editor.publish()).toBe(false);
		expect(editor.preview(0)).toBeUndefined();
		expect((await loadTeacherSet(editor.record.id))?.published).toBeUndefined();
	});

	it('publishes a set without problems: what learners get, with the time', async () => {
		const id = await copyBuiltInSet(LESSON, BUILT_IN, deps);
		const editor = await open(id);
		editor.deleteQuestion(0);
		expect(editor.canPublish).toBe(true);
		clock = 5_000;
		expect(await editor.publish()).toBe(true);
		const stored = await loadTeacherSet(id);
		expect(stored?.publishedAt).toBe(5_000);
		expect((stored?.published as { questions: unknown[] }).questions).toHaveLength(
			editor.set.questions.length
		);
		expect(editor.preview()).toHaveLength(editor.set.questions.length);
	});

	it('typing while a publish is being written is saved too, and the tab keeps saving', async () => {
		const id = await copyBuiltInSet(LESSON, BUILT_IN, deps);
		const editor = await open(id);
		await editor.flush();
		const titleAtPublish = structuredClone(editor.set.title);
		clock = 6_000;
		const publishing = editor.publish();
		// The teacher goes on typing at once: the title, while the publish is on its way to disk.
		editor.set.title.en = 'Shoigu in Tehran (edited after publishing)';
		editor.changed();
		expect(await publishing).toBe(true);
		await editor.flush();
		expect(editor.elsewhere).toBe(false);
		expect(editor.saving).toBe('saved');
		editor.set.title.ar = 'شويغو في طهران';
		editor.changed();
		await editor.flush();
		editor.dispose();

		const again = await open(id);
		expect(again.set.title).toEqual({
			en: 'Shoigu in Tehran (edited after publishing)',
			ar: 'شويغو في طهران'
		});
		const stored = await loadTeacherSet(id);
		expect(stored?.publishedAt).toBe(6_000);
		// Publish takes the set once the changes before it are written, so typing in that moment is
		// in it (and was checked with it); the Arabic title typed after the publish is not.
		expect((stored?.published as { title: unknown }).title).toEqual({
			en: 'Shoigu in Tehran (edited after publishing)',
			ar: titleAtPublish.ar
		});
	});

	it('a copy gets a new id and a title marked as a copy; the built-in set is untouched', async () => {
		const before = structuredClone((await loadQuestionSets(LESSON))[0]!);
		const id = await copyBuiltInSet(LESSON, BUILT_IN, deps);
		expect(await copyBuiltInSet(LESSON, BUILT_IN, deps)).toBe(`${BUILT_IN}-copy-2`);
		const editor = await open(id);
		expect(id).toBe(`${BUILT_IN}-copy`);
		expect(editor.record.copiedFrom).toBe(BUILT_IN);
		expect(editor.set.title).toEqual({
			en: 'Reading comprehension: the Russian defence minister in Iran (copy)',
			ar: 'فهم المقروء: وزير الدفاع الروسي في إيران (نسخة)'
		});
		editor.set.questions[0]!.prompt.en = 'Changed';
		editor.changed();
		await editor.flush();
		expect((await loadQuestionSets(LESSON))[0]).toEqual(before);
	});

	it('a stored draft that cannot be read gives a clear error and stays as it is', async () => {
		const db = await database();
		const broken = {
			schemaVersion: 1,
			id: 'broken',
			lessonId: LESSON,
			draft: { id: 'broken', article: LESSON, questions: 'not a list' },
			createdAt: 1,
			updatedAt: 1
		};
		await db.put('teacherSets', broken);
		expect(await openSetEditor('broken', deps)).toEqual({
			error: 'The stored set broken cannot be read; it has been left as it is.'
		});
		expect(await openSetEditor('missing', deps)).toEqual({
			error: 'There is no set missing on this device.'
		});
		expect(await db.get('teacherSets', 'broken')).toEqual(broken);
	});

	it("two tabs: each knows of the other, and neither overwrites the other's newer work", async () => {
		const id = await newSet(LESSON, deps);
		const first = await open(id);
		const second = await open(id);
		await vi.waitFor(() => expect([first.elsewhere, second.elsewhere]).toEqual([true, true]));

		clock = 2_000;
		first.set.title.en = 'From the first tab';
		first.changed();
		await first.flush();
		clock = 3_000;
		second.set.title.en = 'From the second tab';
		second.changed();
		await second.flush();
		expect(second.stale).toBe(true);
		expect(second.saving).toBe('failed');
		expect((await loadTeacherSet(id))?.draft.title).toEqual({ en: 'From the first tab', ar: '' });

		await second.reload();
		expect(second.set.title.en).toBe('From the first tab');
		second.undo(); // this tab's own version comes back, and is now saved over the first's
		await second.flush();
		expect((await loadTeacherSet(id))?.draft.title).toEqual({ en: 'From the second tab', ar: '' });
		await vi.waitFor(() => expect(first.stale).toBe(true));

		second.dispose();
		await vi.waitFor(() => expect(first.elsewhere).toBe(true)); // stale: still told
	});
});
