/**
 * The teacher's own sets as the /teach list shows them: title, lesson, question count, skills
 * and status, read from the drafts on this device; and deleting one. A draft may be half
 * written, so every field is read defensively: a draft that lacks one shows it as empty.
 */
import { SKILLS, type Skill } from '$lib/content/skills';
import { isRecord } from '$lib/storage/guards';
import {
	deleteTeacherSet,
	listTeacherSets,
	type TeacherSetRecord
} from '$lib/storage/teacher-sets';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';

export type OwnSetStatus = 'draft' | 'published' | 'changed';

export interface OwnSetSummary {
	id: string;
	lessonId: string;
	title: { en: string; ar: string };
	questionCount: number;
	skills: Skill[];
	status: OwnSetStatus;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What the list shows of a stored set. */
export function summarizeOwnSet(record: TeacherSetRecord): OwnSetSummary {
	const { draft } = record;
	const title = isRecord(draft.title) ? draft.title : {};
	const questions = Array.isArray(draft.questions) ? draft.questions : [];
	const used: unknown[] = questions.map((q: unknown) => (isRecord(q) ? q.skill : undefined));
	const status: OwnSetStatus =
		record.published === undefined
			? 'draft'
			: record.updatedAt > (record.publishedAt ?? 0)
				? 'changed'
				: 'published';
	return {
		id: record.id,
		lessonId: record.lessonId,
		title: { en: text(title.en), ar: text(title.ar) },
		questionCount: questions.length,
		skills: SKILLS.filter((skill) => used.includes(skill)),
		status
	};
}

export class TeachList {
	own = $state<OwnSetSummary[]>();
	/** Why the list could not be read or a set not deleted, when storage refused. */
	error = $state<StorageErrorKind>();
	/** Stored sets that could not be read (left as they are). */
	unreadable = $state(0);

	async load(): Promise<void> {
		try {
			const { sets, unreadable } = await listTeacherSets();
			this.own = sets.map(summarizeOwnSet);
			this.unreadable = unreadable;
			this.error = undefined;
		} catch (error) {
			this.error = toStorageError(error).kind;
		}
	}

	/** Deletes the set; true when it is gone. */
	async remove(id: string): Promise<boolean> {
		try {
			await deleteTeacherSet(id);
			this.own = this.own?.filter((s) => s.id !== id);
			return true;
		} catch (error) {
			this.error = toStorageError(error).kind;
			return false;
		}
	}
}
