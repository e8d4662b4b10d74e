import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadLesson, loadQuestionSets } from '../../../src/lib/content/index';
import { LESSON_DATA_VERSION, type LessonData } from '../../../src/lib/content/lesson-data';
import {
	copyBuiltInSet,
	newSet,
	openSetEditor,
	SetEditor
} from '../../../src/lib/state/set-editor.svelte';
import { TeacherSetList } from '../../../src/lib/state/teacher-sets.svelte';
import { closeDatabase } from '../../../src/lib/storage/db';

const LESSON = 'shoigu-tehran-2023';
let clock = 1_000;
const deps = {
	now: () => clock,
	lessonData: async (id: string): Promise<LessonData | undefined> => {
		const lesson = await loadLesson(id);
		return (
			lesson && { version: LESSON_DATA_VERSION, lesson, questionSets: await loadQuestionSets(id) }
		);
	}
};

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

it('lists built-in and own sets with lesson, question count, skills and status; deletes an own set', async () => {
	const copy = await copyBuiltInSet(LESSON, 'shoigu-tehran-2023-comprehension', deps);
	clock = 2_000;
	const fresh = await newSet(LESSON, deps);
	const editor = (await openSetEditor(copy, deps)) as SetEditor;
	clock = 3_000;
	expect(await editor.publish()).toBe(true);
	editor.dispose();

	const list = new TeacherSetList(deps);
	await list.load([LESSON]);
	const all = [
		'literal',
		'inference',
		'reference',
		'vocabulary-in-context',
		'main-idea',
		'discourse',
		'source'
	];
	expect(list.builtIn).toEqual([
		expect.objectContaining({
			id: 'shoigu-tehran-2023-comprehension',
			lessonTitleEn: 'To strengthen military ties: Russian defence minister in Iran',
			questions: 65,
			skills: all,
			status: 'built-in'
		})
	]);
	expect(list.own.map((s) => [s.id, s.status, s.questions, s.skills.length, s.copiedFrom])).toEqual(
		[
			[copy, 'published', 65, 7, 'shoigu-tehran-2023-comprehension'],
			[fresh, 'draft', 0, 0, undefined]
		]
	);

	const again = (await openSetEditor(copy, deps)) as SetEditor;
	clock = 4_000;
	again.set.title.en = 'Edited after publishing';
	again.changed();
	await again.flush();
	again.dispose();
	await list.load([LESSON]);
	expect(list.own.find((s) => s.id === copy)?.status).toBe('changed');

	expect(await list.remove(fresh)).toBe(true);
	await list.load([LESSON]);
	expect(list.own.map((s) => s.id)).toEqual([copy]);
});
