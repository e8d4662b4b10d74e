/**
 * The set a print page shows: one of the teacher's own sets (its draft when the draft is valid,
 * else what was published) or a built-in set, with its lesson. Reading only; nothing is saved.
 */
import * as v from 'valibot';
import { loadLessonData } from '$lib/content/load-lesson-data';
import type { LessonData } from '$lib/content/lesson-data';
import { QuestionSetSchema, type QuestionSet } from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import { loadTeacherSet, type TeacherSetRecord } from '$lib/storage/teacher-sets';

export type PrintSet =
	| { ok: true; set: QuestionSet; lesson: Lesson }
	/** No set has the id; the set has problems to fix first; the lesson or storage cannot be read. */
	| { ok: false; reason: 'not-found' | 'invalid' | 'unavailable' };

export interface PrintSetDeps {
	loadLessonData(id: string): Promise<LessonData | undefined>;
	loadTeacherSet(id: string): Promise<TeacherSetRecord | undefined>;
}

const defaults: PrintSetDeps = { loadLessonData, loadTeacherSet };

function ownSet(record: TeacherSetRecord): QuestionSet | undefined {
	for (const candidate of [record.draft, record.published]) {
		const parsed = v.safeParse(QuestionSetSchema, candidate);
		if (parsed.success) return parsed.output;
	}
	return undefined;
}

/** Finds set `id` among the teacher's sets, then among the built-in sets of `lessonIds`. */
export async function loadPrintSet(
	id: string,
	lessonIds: readonly string[],
	deps: PrintSetDeps = defaults
): Promise<PrintSet> {
	try {
		const record = await deps.loadTeacherSet(id);
		if (record) {
			const set = ownSet(record);
			if (!set) return { ok: false, reason: 'invalid' };
			const data = await deps.loadLessonData(set.article);
			return data ? { ok: true, set, lesson: data.lesson } : { ok: false, reason: 'unavailable' };
		}
		for (const lessonId of lessonIds) {
			const data = await deps.loadLessonData(lessonId);
			const set = data?.questionSets.find((s) => s.id === id);
			if (data && set) return { ok: true, set, lesson: data.lesson };
		}
		return { ok: false, reason: 'not-found' };
	} catch {
		return { ok: false, reason: 'unavailable' };
	}
}
