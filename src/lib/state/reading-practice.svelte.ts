import type { QuestionSet } from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import { runAttempts } from '$lib/storage/attempts';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import { DraftKeeper } from './draft-keeper';
import { loadGraders, withGraders } from './graders.svelte';
import { PracticeItem, settles } from './practice-item.svelte';
import { deviceLog, type PracticeLog } from './practice-log';

export interface ReadingPracticeOptions {
	lesson: Lesson;
	questionSets: readonly QuestionSet[];
	log?: Omit<PracticeLog, 'saveProgress' | 'loadProgress'>;
	/** The clock, in milliseconds since the epoch. */
	now?: () => number;
}

/** The set id under which answers given while reading are kept, apart from quiz runs. */
export function readingSetId(setId: string): string {
	return `woven:${setId}`;
}

/**
 * Practice while reading: every question of the lesson's sets, answered in place, in practice
 * mode. Each check is recorded as the quiz records it (same attempt shape); `load` brings back
 * each question's last checked answer, locked with its verdict, and its first check, or the
 * answer the learner was changing (kept as a draft until checked). Reading has no runs: a
 * question's first check is the first ever made on this device.
 */
export class ReadingPractice {
	readonly lesson: Lesson;
	/** One item per question, by `key(setId, questionId)`; replaced whole when answers are restored. */
	items = $state.raw<Readonly<Record<string, PracticeItem>>>({});
	error = $state<StorageErrorKind | undefined>();
	unreadable = $state(0);
	loaded = $state(false);
	readonly #sets: readonly QuestionSet[];
	#log: Omit<PracticeLog, 'saveProgress' | 'loadProgress'>;
	#now: () => number;
	readonly #drafts: DraftKeeper;

	constructor(options: ReadingPracticeOptions) {
		this.lesson = options.lesson;
		this.#sets = options.questionSets;
		this.#log = options.log ?? deviceLog;
		this.#now = options.now ?? Date.now;
		this.#drafts = new DraftKeeper({
			log: this.#log,
			lessonId: this.lesson.article.id,
			now: this.#now,
			report: (error) => (this.error = error)
		});
		this.items = Object.fromEntries(
			this.#sets.flatMap((set) =>
				set.questions.map((q) => [
					ReadingPractice.key(set.id, q.id),
					this.#watched(set.id, new PracticeItem(q))
				])
			)
		);
	}

	#watched(setId: string, item: PracticeItem): PracticeItem {
		this.#drafts.watch(readingSetId(setId), item);
		return item;
	}

	static key(setId: string, questionId: string): string {
		return `${setId}/${questionId}`;
	}

	/**
	 * Brings back the answers checked on earlier visits, and those being changed when the page went
	 * away. A failed read leaves the questions blank.
	 */
	async load(): Promise<void> {
		const lessonId = this.lesson.article.id;
		try {
			const restored: Record<string, PracticeItem> = {};
			let unreadable = 0;
			for (const set of this.#sets) {
				const list = await this.#log.list(lessonId, readingSetId(set.id));
				const drafts = await this.#drafts.load(readingSetId(set.id));
				unreadable += list.unreadable + drafts.unreadable;
				const runs = runAttempts(list.attempts, 0);
				// Checked answers come back graded afresh (without graders, as stored: see restore).
				if (runs.size > 0) await loadGraders().catch(() => undefined);
				for (const question of set.questions) {
					const item = PracticeItem.restore(question, this.lesson, runs.get(question.id));
					item.resume(drafts.responses.get(question.id));
					restored[ReadingPractice.key(set.id, question.id)] = this.#watched(set.id, item);
				}
			}
			this.items = restored;
			this.unreadable = unreadable;
		} catch (error) {
			this.error = toStorageError(error).kind;
		}
		this.loaded = true;
	}

	/**
	 * Checks the answer of one question and records it (when it was gradable). Rejects, changing
	 * nothing, when the graders cannot be fetched.
	 */
	check(setId: string, item: PracticeItem): Promise<void> {
		return withGraders(() => this.#check(setId, item));
	}

	#check(setId: string, item: PracticeItem): void {
		if (!settles(item.check(this.lesson))) return;
		const place = {
			lessonId: this.lesson.article.id,
			setId: readingSetId(setId),
			mode: 'practice' as const
		};
		const attempt = item.attempt(place, this.#now());
		this.#log.record(attempt).then(
			() => (this.error = undefined),
			(error: unknown) => (this.error = toStorageError(error).kind)
		);
		this.#drafts.drop(place.setId, item);
	}

	/**
	 * Writes unchecked answers when the page is hidden or an update reloads, until the returned
	 * function is called (when the questions leave the screen), which writes what is left.
	 */
	guardDrafts(): () => void {
		return this.#drafts.guard();
	}
}
