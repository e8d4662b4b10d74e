import type { Question } from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import { gradeAny } from '$lib/domain/grading';
import {
	moveQuiz,
	restorePosition,
	unansweredIndexes,
	type QuizMove,
	type QuizPosition
} from '$lib/domain/practice/navigation';
import { summarizeScore, type ScoreSummary } from '$lib/domain/practice/score';
import * as stored from '$lib/storage/attempts';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import { PracticeItem, settles } from './practice-item.svelte';

/** Where a session keeps its answers and position: the device's database, or a stand-in in tests. */
export interface PracticeLog {
	record(attempt: stored.NewAttempt): Promise<unknown>;
	list(lessonId: string, setId: string): Promise<stored.AttemptList>;
	saveProgress(progress: stored.NewQuizProgress): Promise<unknown>;
	loadProgress(lessonId: string, setId: string): Promise<stored.QuizProgress | undefined>;
}

export const deviceLog: PracticeLog = {
	record: stored.recordAttempt,
	list: stored.listAttempts,
	saveProgress: stored.saveQuizProgress,
	loadProgress: stored.loadQuizProgress
};

export interface QuizOptions {
	lesson: Lesson;
	setId: string;
	questions: readonly Question[];
	passMark: number;
	log?: PracticeLog;
	/** The clock, in milliseconds since the epoch. */
	now?: () => number;
}

/**
 * A quiz over a question set: one question at a time, then the score, then the review. Every
 * checked answer and every move is written to the log; `load` resumes where the learner was.
 * The screen changes at once; a failed write only sets `error` (earlier records are untouched).
 */
export class QuizSession {
	readonly lesson: Lesson;
	readonly setId: string;
	readonly passMark: number;
	readonly questions: readonly Question[];
	items = $state<PracticeItem[]>([]);
	position = $state<QuizPosition>({ phase: 'question', index: 0 });
	/** The last storage failure, until a later write succeeds. */
	error = $state<StorageErrorKind | undefined>();
	/** Stored records that could not be read (kept, not deleted). */
	unreadable = $state(0);
	/** True once stored progress has been looked for (whether or not there was any). */
	loaded = $state(false);
	#log: PracticeLog;
	#now: () => number;
	#startedAt = 0;

	constructor(options: QuizOptions) {
		this.lesson = options.lesson;
		this.setId = options.setId;
		this.passMark = options.passMark;
		this.questions = options.questions;
		this.#log = options.log ?? deviceLog;
		this.#now = options.now ?? Date.now;
		this.items = this.questions.map((q) => new PracticeItem(q));
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
	/** How many questions have an answer that counts (checked, or solution shown first). */
	get done(): number {
		return this.items.filter((i) => i.outcome.status !== 'unanswered').length;
	}
	/** Indexes of questions with neither a checked answer nor a shown solution. */
	get unanswered(): number[] {
		return unansweredIndexes(this.items.map((i) => i.outcome.status !== 'unanswered'));
	}
	get summary(): ScoreSummary {
		return summarizeScore(
			this.items.map((i) => i.outcome),
			this.passMark
		);
	}

	/** Resumes the stored run of this quiz, if any: answers, shown solutions and position. */
	async load(): Promise<void> {
		await this.#run(async () => {
			const progress = await this.#log.loadProgress(this.lessonId, this.setId);
			if (!progress) {
				this.#startedAt = this.#now();
				return;
			}
			this.#startedAt = progress.startedAt;
			const { attempts, unreadable } = await this.#log.list(this.lessonId, this.setId);
			this.unreadable = unreadable;
			const latest = stored.latestAttempts(attempts, progress.startedAt);
			this.items = this.questions.map((question) => {
				const attempt = latest.get(question.id);
				const item = new PracticeItem(
					question,
					attempt?.response.kind === question.kind ? attempt.response : undefined
				);
				// Graded afresh, so the verdict is the current question's (a teacher may have edited it).
				if (attempt) {
					const grade = gradeAny(question, item.response, { lesson: this.lesson });
					if (settles(grade)) item.grade = grade;
				}
				if (progress.revealed.includes(question.id)) item.reveal();
				return item;
			});
			this.position = restorePosition(progress, this.items.length);
		});
		this.loaded = true;
	}

	/** Checks the current answer and stores it (when it was gradable). */
	check(): void {
		const item = this.current;
		const grade = item.check(this.lesson);
		if (!settles(grade)) return;
		// The position goes with the first answer, so that a reload finds this run.
		this.#save();
		void this.#run(() =>
			this.#log.record({
				lessonId: this.lessonId,
				setId: this.setId,
				questionId: item.question.id,
				skill: item.question.skill,
				response: item.response,
				grade,
				answeredAt: this.#now()
			})
		);
	}

	retry(): void {
		this.current.retry();
	}

	reveal(): void {
		this.current.reveal();
		this.#save();
	}

	move(move: QuizMove): void {
		this.position = moveQuiz(this.position, move, this.items.length);
		this.#save();
	}

	/** A fresh run: answers cleared on screen; earlier records stay stored. */
	restart(): void {
		this.#startedAt = this.#now();
		this.items = this.questions.map((q) => new PracticeItem(q));
		this.move({ kind: 'restart' });
	}

	#save(): void {
		void this.#run(() =>
			this.#log.saveProgress({
				lessonId: this.lessonId,
				setId: this.setId,
				phase: this.position.phase,
				index: this.position.index,
				revealed: this.items.filter((i) => i.revealedFirst).map((i) => i.question.id),
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
