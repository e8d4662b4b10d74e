/**
 * The /teach list: every lesson's built-in sets and the teacher's own, each with its lesson, its
 * number of questions, the reading skills it covers and its status. An own set is a draft until
 * it is published; "changed" once edited after publishing (learners still get the published
 * version). Deleting asks for nothing: the page confirms first.
 */
import type { LessonData } from '$lib/content/lesson-data';
import type { Bilingual } from '$lib/content/question-schema';
import { isSkill, SKILLS, type Skill } from '$lib/content/skills';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import {
	deleteTeacherSet,
	listTeacherSets,
	type TeacherSetRecord
} from '$lib/storage/teacher-sets';

export type SetStatus = 'built-in' | 'draft' | 'published' | 'changed';

export interface SetSummary {
	id: string;
	lessonId: string;
	/** The lesson's Arabic title and its English (the lesson id when the lesson is unknown). */
	lessonTitle: string;
	lessonTitleEn: string;
	/** A draft's title may still be empty on either side. */
	title: Bilingual;
	questions: number;
	/** The skills the questions test, in the order of SKILLS. */
	skills: Skill[];
	status: SetStatus;
	/** The built-in set an own set was copied from. */
	copiedFrom?: string;
	updatedAt?: number;
}

type Loose = { title?: unknown; questions?: unknown };

function skillsOf(questions: unknown): Skill[] {
	const list = Array.isArray(questions) ? (questions as { skill?: unknown }[]) : [];
	const used = new Set(list.map((q) => q?.skill).filter(isSkill));
	return SKILLS.filter((skill) => used.has(skill));
}

function titleOf(set: Loose): Bilingual {
	const title = (set.title ?? {}) as { en?: unknown; ar?: unknown };
	return {
		en: typeof title.en === 'string' ? title.en : '',
		ar: typeof title.ar === 'string' ? title.ar : ''
	};
}

/** An own set's status (see the module comment). */
export function statusOf(record: TeacherSetRecord): SetStatus {
	if (!record.published || record.publishedAt === undefined) return 'draft';
	return record.updatedAt > record.publishedAt ? 'changed' : 'published';
}

async function appLessonData(lessonId: string): Promise<LessonData | undefined> {
	const { loadLessonData } = await import('$lib/content/load-lesson-data');
	return loadLessonData(lessonId);
}

export class TeacherSetList {
	builtIn = $state<SetSummary[]>([]);
	own = $state<SetSummary[]>([]);
	/** Stored sets that could not be read (kept, never deleted). */
	unreadable = $state(0);
	error = $state<StorageErrorKind | undefined>();
	loaded = $state(false);
	readonly #lessonData: (lessonId: string) => Promise<LessonData | undefined>;

	constructor(deps: { lessonData?: (lessonId: string) => Promise<LessonData | undefined> } = {}) {
		this.#lessonData = deps.lessonData ?? appLessonData;
	}

	/** Reads the built-in sets of `lessonIds` and every own set on the device. */
	async load(lessonIds: readonly string[]): Promise<void> {
		const lessons = (await Promise.all(lessonIds.map((id) => this.#lessonData(id)))).filter(
			(data): data is LessonData => data !== undefined
		);
		const articleOf = (id: string) =>
			lessons.find((d) => d.lesson.article.id === id)?.lesson.article;
		const lessonOf = (id: string) => ({
			lessonId: id,
			lessonTitle: articleOf(id)?.title ?? id,
			lessonTitleEn: articleOf(id)?.titleEn ?? id
		});
		this.builtIn = lessons.flatMap((data) =>
			data.questionSets.map((set) => ({
				id: set.id,
				...lessonOf(data.lesson.article.id),
				title: set.title,
				questions: set.questions.length,
				skills: skillsOf(set.questions),
				status: 'built-in' as const
			}))
		);
		try {
			const { sets, unreadable } = await listTeacherSets();
			this.unreadable = unreadable;
			this.own = sets.map((record) => {
				const draft = record.draft as Loose;
				return {
					id: record.id,
					...lessonOf(record.lessonId),
					title: titleOf(draft),
					questions: Array.isArray(draft.questions) ? draft.questions.length : 0,
					skills: skillsOf(draft.questions),
					status: statusOf(record),
					updatedAt: record.updatedAt,
					...(record.copiedFrom ? { copiedFrom: record.copiedFrom } : {})
				};
			});
			this.error = undefined;
		} catch (error) {
			this.error = toStorageError(error).kind;
		}
		this.loaded = true;
	}

	/** Deletes an own set (the page has asked the teacher first). */
	async remove(id: string): Promise<boolean> {
		try {
			await deleteTeacherSet(id);
			this.own = this.own.filter((set) => set.id !== id);
			return true;
		} catch (error) {
			this.error = toStorageError(error).kind;
			return false;
		}
	}
}
