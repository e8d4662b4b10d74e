/**
 * The sets teachers published on this device, as learners get them: read from storage in the
 * browser (the learner pages are prerendered) and checked against the content schema again, so a
 * damaged record is skipped and counted, never played. Valibot and the schema are imported only
 * when the device holds a published set, so they stay off the learner pages' first load.
 */
import type { QuestionSet } from '$lib/content/question-schema';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import { listTeacherSets } from '$lib/storage/teacher-sets';

export interface PublishedSet {
	lessonId: string;
	set: QuestionSet;
	publishedAt: number;
}

export interface PublishedSets {
	sets: PublishedSet[];
	/** Ids of published sets that could not be read or failed the schema (kept as they are). */
	damaged: string[];
	error?: StorageErrorKind;
}

/** The published own sets (of one lesson, when given), most recently changed first. */
export async function loadPublishedSets(lessonId?: string): Promise<PublishedSets> {
	let records;
	try {
		const listed = await listTeacherSets(lessonId);
		records = listed.sets.filter((record) => record.published !== undefined);
		if (records.length === 0) return { sets: [], damaged: [] };
	} catch (error) {
		return { sets: [], damaged: [], error: toStorageError(error).kind };
	}
	// A static import of valibot's functions, not `import('valibot')`: a dynamic import keeps all of
	// valibot (84 KB) in the build.
	const { safeParseQuestionSet } = await import('$lib/content/question-schema');
	const sets: PublishedSet[] = [];
	const damaged: string[] = [];
	for (const record of records) {
		const parsed = safeParseQuestionSet(record.published);
		if (parsed.success && parsed.output.article === record.lessonId)
			sets.push({
				lessonId: record.lessonId,
				set: parsed.output,
				publishedAt: record.publishedAt ?? 0
			});
		else damaged.push(record.id);
	}
	return { sets, damaged };
}
