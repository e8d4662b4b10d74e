import type { Question } from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import type { PracticeMode } from '$lib/domain/practice/mode';
import {
	moveQuiz,
	restorePosition,
	unansweredIndexes,
	type QuizMove,
	type QuizPosition
} from '$lib/domain/practice/navigation';
import { summarizeScore, type ScoreSummary } from '$lib/domain/practice/score';
import { runAttempts } from '$lib/storage/attempts';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import { DraftKeeper } from './draft-keeper';
import { loadGraders, withGraders } from './graders.svelte';
import { PracticeItem, settles } from './practice-item.svelte';
import { deviceLog, type PracticeLog } from './practice-log';

export { deviceLog, type PracticeLog } from './practice-log';

export interface QuizOptions {
	lesson: Lesson;
	setId: string;
	questions: readonly Question[];
	passMark: number;
	/** A mode fixed by the page (the vocabulary drill practises); else the learner chooses. */
	mode?: PracticeMode;
	log?: PracticeLog;
	/** The clock, in milliseconds since the epoch. */
	now?: () => number;
}

/**
 * A quiz over a question set: the choice of mode, one question at a time, then the score, then the
 * review. Every checked answer and every move is written to the log; `load` resumes where the
 * learner was, in the mode they chose, with every answer changed but not checked (kept as a
 * draft as it changes; in test mode all answers stay drafts until Finish grades them together).
 * The screen changes at once; a failed write only sets `error` (earlier records are untouched).
 */
export class QuizSession {
	readonly lesson: Lesson;
	readonly setId: string;
	readonly passMark: number;
	readonly questions: readonly Question[];
	items = $state<PracticeItem[]>([]);
	position = $state<QuizPosition>({ phase: 'question', index: 0 });
	/** How this run is taken; undefined until the learner has chosen. */
	mode = $state<PracticeMode | undefined>();
	/** The last storage failure, until a later write succeeds. */
	error = $state<StorageErrorKind | undefined>();
	/** Stored records that could not be read (kept, not deleted). */
	unreadable = $state(0);
	/** True once stored progress has been looked for (whether or not there was any). */
	loaded = $state(false);
	readonly #fixedMode: PracticeMode | undefined;
	#log: PracticeLog;
	#now: () => number;
	#startedAt = 0;
	readonly #drafts: DraftKeeper;

	constructor(options: QuizOptions) {
		this.lesson = options.lesson;
		this.setId = options.setId;
		this.passMark = options.passMark;
		this.questions = options.questions;
		this.#fixedMode = options.mode;
		this.mode = options.mode;
		this.#log = options.log ?? deviceLog;
		this.#now = options.now ?? Date.now;
		this.#drafts = new DraftKeeper({
			log: this.#log,
			lessonId: this.lesson.article.id,
			now: this.#now,
			report: (error) => (this.error = error)
		});
		this.items = this.#freshItems();
	}

	/** Blank items, each answer kept as a draft as it changes. */
	#freshItems(): PracticeItem[] {
		return this.questions.map((question) => this.#watched(new PracticeItem(question)));
	}

	#watched(item: PracticeItem): PracticeItem {
		this.#drafts.watch(this.setId, item);
		return item;
	}

	get lessonId(): string {
		return this.lesson.article.id;
	}
	get count(): number {
		return this.items.length;
	}
	get current(): PracticeItem {
		return this.items[this.position.index]!;
	}
	/** Whether the learner picks the mode (it is not fixed by the page). */
	get choosesMode(): boolean {
		return this.#fixedMode === undefined;
	}
	/** Whether a question counts as answered: checked, solution shown first, or (test) answered. */
	#answered(item: PracticeItem): boolean {
		if (item.outcome.status !== 'unanswered') return true;
		return this.mode === 'test' && item.hasAnswer(this.lesson);
	}
	/** How many questions have an answer that counts. */
	get done(): number {
		return this.items.filter((i) => this.#answered(i)).length;
	}
	/** Indexes of questions with no answer that counts yet. */
	get unanswered(): number[] {
		return unansweredIndexes(this.items.map((i) => this.#answered(i)));
	}
	get summary(): ScoreSummary {
		return summarizeScore(
			this.items.map((i) => i.outcome),
			this.passMark
		);
	}

	/** Resumes the stored run of this quiz, if any: mode, answers, shown solutions and position. */
	async load(): Promise<void> {
		await this.#run(async () => {
			const progress = await this.#log.loadProgress(this.lessonId, this.setId);
			if (!progress) {
				this.#startedAt = this.#now();
				// A drill (its mode fixed) stores its run with the first check or move: an answer
				// half typed before then is kept as a draft only, and comes back from there.
				if (this.#fixedMode) {
					const drafts = await this.#drafts.load(this.setId);
					this.unreadable = drafts.unreadable;
					for (const item of this.items) item.resume(drafts.responses.get(item.question.id));
				}
				return;
			}
			this.#startedAt = progress.startedAt;
			this.mode = this.#fixedMode ?? progress.mode ?? undefined;
			const { attempts, unreadable } = await this.#log.list(this.lessonId, this.setId);
			const drafts = await this.#drafts.load(this.setId);
			this.unreadable = unreadable + drafts.unreadable;
			const runs = runAttempts(attempts, progress.startedAt);
			// Checked answers come back locked with their verdict: graded afresh, so graders first
			// (without them, locked with the grades as they were stored).
			if (runs.size > 0) await loadGraders().catch(() => undefined);
			this.items = this.questions.map((question) => {
				const item = PracticeItem.restore(question, this.lesson, runs.get(question.id));
				// Test answers saved by versions before the drafts store are in the progress record.
				const legacy = item.settled ? undefined : progress.drafts[question.id];
				item.resume(drafts.responses.get(question.id) ?? legacy);
				if (progress.revealed.includes(question.id)) item.reveal();
				return this.#watched(item);
			});
			this.position = restorePosition(progress, this.items.length);
		});
		this.loaded = true;
	}

	/** Starts this run in `mode` (the learner's choice), and keeps the choice. */
	choose(mode: PracticeMode): void {
		this.mode = mode;
		this.#startedAt = this.#now();
		this.#save();
	}

	/**
	 * Checks the current answer and stores it (when it was gradable). Practice mode only. Rejects,
	 * changing nothing, when the graders cannot be fetched.
	 */
	check(): Promise<void> {
		if (this.mode !== 'practice') return Promise.resolve();
		const item = this.current;
		return withGraders(() => {
			const grade = item.check(this.lesson);
			if (!settles(grade)) return;
			// The position goes with the first answer, so that a reload finds this run.
			this.#save();
			this.#record(item);
			this.#drafts.drop(this.setId, item);
		});
	}

	retry(): void {
		if (this.mode === 'practice') this.current.retry();
	}

	reveal(): void {
		if (this.mode !== 'practice') return;
		this.current.reveal();
		this.#save();
	}

	/**
	 * Writes unchecked answers when the page is hidden or an update reloads, until the returned
	 * function is called (when the quiz leaves the screen), which writes what is left.
	 */
	guardDrafts(): () => void {
		return this.#drafts.guard();
	}

	move(move: QuizMove): void {
		this.position = moveQuiz(this.position, move, this.items.length);
		this.#save();
		// Moving on is a pause too: the answer just left is written with the position.
		void this.#drafts.flush();
	}

	/**
	 * Goes to the score. A test is graded here, each answer once (its first and only check), and
	 * stored; questions left without an answer count 0. Rejects, changing nothing, when there are
	 * answers to grade and the graders cannot be fetched.
	 */
	finish(): Promise<void> {
		const grading =
			this.mode === 'test' &&
			this.position.phase === 'question' &&
			this.items.some((item) => !item.settled && item.changed);
		if (!grading) {
			this.#finish();
			return Promise.resolve();
		}
		return withGraders(() => this.#finish());
	}

	#finish(): void {
		if (this.mode === 'test' && this.position.phase === 'question')
			for (const item of this.items) {
				if (item.settled || !item.hasAnswer(this.lesson)) continue;
				item.check(this.lesson);
				this.#record(item);
			}
		// What is still unchecked counts 0 now: its drafts go.
		if (this.position.phase === 'question')
			for (const item of this.items) this.#drafts.drop(this.setId, item);
		this.move({ kind: 'finish' });
	}

	/** A fresh run: answers cleared on screen, the mode chosen again; earlier records stay stored. */
	restart(): void {
		this.#startedAt = this.#now();
		this.mode = this.#fixedMode;
		for (const item of this.items) this.#drafts.drop(this.setId, item);
		this.items = this.#freshItems();
		this.move({ kind: 'restart' });
	}

	#record(item: PracticeItem): void {
		const place = { lessonId: this.lessonId, setId: this.setId, mode: this.mode ?? 'practice' };
		const attempt = item.attempt(place, this.#now());
		void this.#run(() => this.#log.record(attempt));
	}

	#save(): void {
		void this.#run(() =>
			this.#log.saveProgress({
				lessonId: this.lessonId,
				setId: this.setId,
				mode: this.mode ?? null,
				phase: this.position.phase,
				index: this.position.index,
				revealed: this.items.filter((i) => i.revealedFirst).map((i) => i.question.id),
				// Unchecked answers are in the drafts store now (see DraftKeeper).
				drafts: {},
				startedAt: this.#startedAt,
				updatedAt: this.#now()
			})
		);
	}

	async #run(operation: () => Promise<unknown>): Promise<void> {
		try {
			await operation();
			this.error = undefined;
		} catch (error) {
			this.error = toStorageError(error).kind;
		}
	}
}
