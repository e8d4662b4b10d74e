/**
 * Importing a set file on /teach: reads the file into a report (set-import.ts) and, when the
 * teacher asks, adds the set as a new draft of their own. An id that a built-in or own set has
 * already gets a free one, so an import never replaces a set.
 */
import { loadLessonData } from '$lib/content/load-lesson-data';
import type { LessonData } from '$lib/content/lesson-data';
import { freeSetId, readSetFile, type ImportReport } from '$lib/interop/set-import';
import {
	TEACHER_SET_VERSION,
	listTeacherSets,
	saveTeacherSet,
	type TeacherSetRecord
} from '$lib/storage/teacher-sets';

export interface SetImportDeps {
	loadLessonData(id: string): Promise<LessonData | undefined>;
	listTeacherSets(): Promise<{ sets: TeacherSetRecord[] }>;
	saveTeacherSet(record: TeacherSetRecord): Promise<TeacherSetRecord>;
	now(): number;
}

const defaults: SetImportDeps = {
	loadLessonData,
	listTeacherSets: () => listTeacherSets(),
	saveTeacherSet,
	now: () => Date.now()
};

export class SetImport {
	/** The name of the file read last. */
	fileName = $state('');
	report = $state<ImportReport | undefined>();
	/** The id the set was added under, once it is saved. */
	addedId = $state<string | undefined>();
	status = $state<'idle' | 'reading' | 'adding' | 'save-failed'>('idle');
	#deps: SetImportDeps;

	constructor(deps: Partial<SetImportDeps> = {}) {
		this.#deps = { ...defaults, ...deps };
	}

	/** Reads a picked file; what was saved before stays as it is whatever the file holds. */
	async read(file: { name: string; text(): Promise<string> }): Promise<void> {
		this.status = 'reading';
		this.fileName = file.name;
		this.addedId = undefined;
		this.report = undefined;
		const text = await file.text();
		this.report = await readSetFile(
			text,
			async (id) => (await this.#deps.loadLessonData(id).catch(() => undefined))?.lesson
		);
		this.status = 'idle';
	}

	/** Saves the set read last as a new draft; its id (changed if taken) or undefined on failure. */
	async add(): Promise<string | undefined> {
		const report = this.report;
		if (!report?.ok || this.addedId) return this.addedId;
		const { set } = report.imported;
		this.status = 'adding';
		try {
			const builtIn = (await this.#deps.loadLessonData(set.article))?.questionSets ?? [];
			const own = (await this.#deps.listTeacherSets()).sets;
			const id = freeSetId(
				set.id,
				[...builtIn, ...own].map((s) => s.id)
			);
			const at = this.#deps.now();
			await this.#deps.saveTeacherSet({
				schemaVersion: TEACHER_SET_VERSION,
				id,
				lessonId: set.article,
				draft: JSON.parse(JSON.stringify({ ...set, id })) as Record<string, unknown>,
				createdAt: at,
				updatedAt: at
			});
			this.addedId = id;
			this.status = 'idle';
			return id;
		} catch {
			this.status = 'save-failed';
			return undefined;
		}
	}
}
