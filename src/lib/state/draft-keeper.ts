/**
 * Keeps the answers learners change but have not checked yet: written as they change, and again
 * at once when the page is hidden or an update reloads (see unsaved-work.ts), and deleted when the
 * answer is checked. The quiz and practice while reading keep their drafts the same way.
 */
import type { Response } from '$lib/domain/grading/types';
import type { AnswerDrafts, AnswerPlace } from '$lib/storage/answer-drafts';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import type { PracticeItem } from './practice-item.svelte';
import { registerFlush } from './unsaved-work';

/** Where drafts are kept: the device's database, or a stand-in that tests pass in. */
export interface DraftLog {
	saveDraft(place: AnswerPlace, response: Response, savedAt: number): Promise<unknown>;
	deleteDraft(place: AnswerPlace): Promise<unknown>;
	listDrafts(lessonId: string, setId: string): Promise<AnswerDrafts>;
}

export interface DraftKeeperOptions {
	log: DraftLog;
	lessonId: string;
	now: () => number;
	/** Told how each write went: the kind of failure, or undefined once a write succeeds. */
	report: (error: StorageErrorKind | undefined) => void;
	/**
	 * How long to wait after a change before writing it; 0 (the default) writes at once. A write
	 * started as the page unloads (a reload right after typing) is not sure to land, so the answer
	 * goes to disk with each change rather than after a pause; the writes are small and queued.
	 */
	delayMs?: number;
}

/** A write waiting: the item whose answer to save, or undefined to delete the draft. */
interface Pending {
	place: AnswerPlace;
	item: PracticeItem | undefined;
}

export class DraftKeeper {
	readonly #options: DraftKeeperOptions;
	readonly #pending = new Map<string, Pending>();
	/** Drafts known to be stored, so an answer changed back deletes one only when there is one. */
	readonly #stored = new Set<string>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Writes run one batch after another, so a later change never lands before an earlier one. */
	#writing: Promise<void> = Promise.resolve();

	constructor(options: DraftKeeperOptions) {
		this.#options = options;
	}

	#place(setId: string, item: PracticeItem): AnswerPlace {
		return { lessonId: this.#options.lessonId, setId, questionId: item.question.id };
	}

	/** The unchecked answers of a set, as the last visit left them. Rejects with a StorageError. */
	async load(setId: string): Promise<AnswerDrafts> {
		const drafts = await this.#options.log.listDrafts(this.#options.lessonId, setId);
		for (const questionId of drafts.responses.keys()) this.#stored.add(`${setId}/${questionId}`);
		return drafts;
	}

	/** Keeps each later change of the item's answer until it is checked. */
	watch(setId: string, item: PracticeItem): void {
		item.watch(() => {
			if (item.settled) return;
			const place = this.#place(setId, item);
			const key = `${setId}/${place.questionId}`;
			if (item.changed) this.#later(place, item);
			else if (this.#stored.has(key) || this.#pending.has(key)) this.#later(place, undefined);
		});
	}

	/** The item's answer was checked (or is to be forgotten): its draft is deleted at once. */
	drop(setId: string, item: PracticeItem): void {
		const place = this.#place(setId, item);
		const key = `${setId}/${place.questionId}`;
		if (!this.#stored.has(key) && !this.#pending.has(key)) return;
		this.#pending.set(key, { place, item: undefined });
		void this.flush();
	}

	#later(place: AnswerPlace, item: PracticeItem | undefined): void {
		this.#pending.set(`${place.setId}/${place.questionId}`, { place, item });
		clearTimeout(this.#timer);
		const delay = this.#options.delayMs ?? 0;
		if (delay === 0) void this.flush();
		else this.#timer = setTimeout(() => void this.flush(), delay);
	}

	/** Writes every change waiting; resolves once they are on disk (or failed, and reported). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		const batch = [...this.#pending];
		this.#pending.clear();
		if (batch.length === 0) return this.#writing;
		this.#writing = this.#writing.then(() => this.#write(batch));
		return this.#writing;
	}

	async #write(batch: [string, Pending][]): Promise<void> {
		const { log, now, report } = this.#options;
		try {
			await Promise.all(
				batch.map(async ([key, { place, item }]) => {
					if (item) {
						await log.saveDraft(place, item.response, now());
						this.#stored.add(key);
					} else {
						await log.deleteDraft(place);
						this.#stored.delete(key);
					}
				})
			);
			report(undefined);
		} catch (error) {
			report(toStorageError(error).kind);
		}
	}

	/**
	 * Writes the drafts whenever the page is hidden or an update reloads, until the returned
	 * function is called (when the questions leave the screen): that writes what is left.
	 */
	guard(): () => void {
		const unregister = registerFlush(() => this.flush());
		return () => {
			unregister();
			void this.flush();
		};
	}
}
