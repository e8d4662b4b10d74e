/**
 * Opening a teacher's set in the editor, and making one: a new empty set for a lesson, or a copy
 * of a built-in set (a new id, its title marked as a copy; the built-in set is never touched).
 */
import type { LessonData } from '$lib/content/lesson-data';
import { freeSetId, toEditable } from '$lib/domain/editor';
import { m } from '$lib/paraglide/messages';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import {
	findTeacherSet,
	listTeacherSets,
	saveTeacherSetOver,
	TEACHER_SET_VERSION,
	type TeacherSetRecord
} from '$lib/storage/teacher-sets';
import { SetEditor, type EditorDeps } from './set-editor.svelte';

const storageMessages: Record<StorageErrorKind, () => string> = {
	unavailable: m.practice_storage_unavailable,
	blocked: m.practice_storage_blocked,
	quota: m.practice_storage_quota,
	version: m.practice_storage_version,
	unknown: m.practice_storage_unknown
};

/** The app's lesson data file for a lesson (loaded only when no test passes its own). */
async function appLessonData(lessonId: string): Promise<LessonData | undefined> {
	const { loadLessonData } = await import('$lib/content/load-lesson-data');
	return loadLessonData(lessonId);
}

/**
 * The editor for the stored set `id`, or a message saying why it cannot open (no such set, a
 * record or draft that cannot be read, the lesson unavailable). Nothing stored is changed.
 */
export async function openSetEditor(
	id: string,
	deps: EditorDeps = {}
): Promise<SetEditor | { error: string }> {
	let stored: TeacherSetRecord | 'unreadable' | undefined;
	try {
		stored = await findTeacherSet(id);
	} catch (error) {
		return { error: storageMessages[toStorageError(error).kind]() };
	}
	if (stored === undefined) return { error: m.editor_no_set({ id }) };
	const set = stored === 'unreadable' ? undefined : toEditable(stored.draft);
	if (stored === 'unreadable' || !set) return { error: m.editor_unreadable_set({ id }) };
	let data: LessonData | undefined;
	try {
		data = await (deps.lessonData ?? appLessonData)(stored.lessonId);
	} catch {
		data = undefined;
	}
	if (!data) return { error: m.editor_no_lesson({ id, lesson: stored.lessonId }) };
	return new SetEditor(stored, set, data.lesson, deps);
}

/** Every set id in use: the lesson's built-in sets and every own set on the device. */
async function takenIds(data: LessonData): Promise<string[]> {
	const own = await listTeacherSets();
	return [...data.questionSets.map((s) => s.id), ...own.sets.map((s) => s.id)];
}

async function create(
	lessonId: string,
	draft: Record<string, unknown>,
	now: number,
	copiedFrom?: string
): Promise<string> {
	const record: TeacherSetRecord = {
		schemaVersion: TEACHER_SET_VERSION,
		id: String(draft.id),
		lessonId,
		draft,
		createdAt: now,
		updatedAt: now,
		...(copiedFrom ? { copiedFrom } : {})
	};
	const result = await saveTeacherSetOver(record, undefined);
	if (!result.saved) throw new Error(`a set with the id ${record.id} already exists`);
	return record.id;
}

async function lessonOf(lessonId: string, deps: EditorDeps): Promise<LessonData> {
	const data = await (deps.lessonData ?? appLessonData)(lessonId);
	if (!data) throw new Error(m.editor_no_lesson({ id: '', lesson: lessonId }));
	return data;
}

/** Creates an empty draft set for the lesson; resolves to its id. Rejects with a StorageError. */
export async function newSet(lessonId: string, deps: EditorDeps = {}): Promise<string> {
	const data = await lessonOf(lessonId, deps);
	const id = freeSetId('my-set', await takenIds(data));
	const draft = { id, article: lessonId, title: { en: '', ar: '' }, questions: [] };
	return create(lessonId, draft, (deps.now ?? Date.now)());
}

/**
 * Copies the lesson's built-in set `setId` into a new own set (a new id, the title marked as a
 * copy in both languages); resolves to the copy's id. The built-in set is not changed.
 */
export async function copyBuiltInSet(
	lessonId: string,
	setId: string,
	deps: EditorDeps = {}
): Promise<string> {
	const data = await lessonOf(lessonId, deps);
	const original = data.questionSets.find((s) => s.id === setId);
	if (!original) throw new Error(m.editor_no_set({ id: setId }));
	const draft = structuredClone(original) as unknown as Record<string, unknown>;
	draft.id = freeSetId(`${setId}-copy`, await takenIds(data));
	draft.title = {
		en: m.editor_copy_title({ title: original.title.en }, { locale: 'en' }),
		ar: m.editor_copy_title({ title: original.title.ar }, { locale: 'ar' })
	};
	return create(lessonId, draft, (deps.now ?? Date.now)(), setId);
}
