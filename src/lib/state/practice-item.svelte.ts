import type { Question } from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import type { Grade, Response } from '$lib/domain/grading/types';
import type { PracticeMode } from '$lib/domain/practice/mode';
import type { Outcome } from '$lib/domain/practice/score';
import type { NewAttempt, QuestionRun } from '$lib/storage/attempts';
import { emptyResponse } from '$lib/components/questions/responses';
import { fetchGradersSoon, graders } from './graders.svelte';

/** Whether a grade settles the question: an empty or unfit answer is a prompt to answer, not a verdict. */
export function settles(grade: Grade | undefined): grade is Grade {
	return grade !== undefined && grade.verdict !== 'unanswered' && grade.verdict !== 'invalid';
}

/** Where an attempt is recorded: the lesson, the set (as stored) and the mode of the run. */
export interface AttemptPlace {
	lessonId: string;
	setId: string;
	mode: PracticeMode;
}

/**
 * One question being practised: the learner's answer, the grade of the last check, the grade of
 * the first (what a score counts: another try never raises it), and whether the solution is
 * shown. Showing the solution before a check is remembered (`revealedFirst`): in a quiz that
 * question counts 0, even if it is checked afterwards.
 */
export class PracticeItem {
	readonly question: Question;
	#response = $state<Response>() as Response;
	grade = $state<Grade | undefined>();
	/** The grade of the first check that gave a verdict in this run. */
	first = $state<Grade | undefined>();
	/** How many checks gave a verdict in this run. */
	checks = $state(0);
	showSolution = $state(false);
	revealedFirst = $state(false);

	/** The answer as the player first showed it (an ordering starts shuffled), to tell a change. */
	readonly #start: string;
	#onchange: ((item: PracticeItem) => void) | undefined;

	constructor(question: Question, response: Response = emptyResponse(question)) {
		this.question = question;
		this.#response = response;
		this.#start = JSON.stringify(response);
	}

	/** The learner's answer; every change is passed to the `watch` listener (which keeps drafts). */
	get response(): Response {
		return this.#response;
	}
	set response(value: Response) {
		this.#response = value;
		this.#onchange?.(this);
		// A learner at work will check: have the graders here by then.
		fetchGradersSoon();
	}

	/** Calls `listener` after each later change of the answer. */
	watch(listener: (item: PracticeItem) => void): void {
		this.#onchange = listener;
	}

	/** Whether the answer differs from how the player first showed it. */
	get changed(): boolean {
		return JSON.stringify(this.#response) !== this.#start;
	}

	/**
	 * Puts back an answer the learner was changing when the page went away (a draft is newer than
	 * any check: a check deletes it), unlocked for them to go on. One of another kind is ignored.
	 */
	resume(draft: Response | undefined): void {
		if (draft?.kind !== this.question.kind) return;
		if (this.settled) this.retry();
		this.#response = draft;
		fetchGradersSoon();
	}

	/**
	 * The item as a run left it: the latest answer checked, locked with its grade, and the first
	 * check's grade. Both are graded afresh, so the verdict is the current question's (a teacher
	 * may have edited it); an answer of another kind than the question's is not restored. Without
	 * the graders (a page restoring runs waits for `loadGraders`; the fetch may fail offline) the
	 * grades come back as they were stored: locked all the same, so another try cannot count.
	 */
	static restore(question: Question, lesson: Lesson, run: QuestionRun | undefined): PracticeItem {
		const fits = (response: Response | undefined) =>
			response?.kind === question.kind ? response : undefined;
		const item = new PracticeItem(question, fits(run?.latest.response));
		if (!run) return item;
		const gradeAny = graders();
		const regrade = (response: Response | undefined, stored: Grade) =>
			response && (gradeAny ? gradeAny(question, response, { lesson }) : stored);
		const grade = regrade(fits(run.latest.response), run.latest.grade);
		if (!settles(grade)) return item;
		const first = regrade(fits(run.first.response), run.first.grade);
		item.grade = grade;
		item.first = settles(first) ? first : grade;
		item.checks = run.checks;
		return item;
	}

	/** True once a check gave a verdict; the player is locked until Try again. */
	get settled(): boolean {
		return settles(this.grade);
	}

	/**
	 * Grades the answer as it stands; the lesson is the cloze and evidence graders' context. The
	 * graders must be there (`withGraders`).
	 */
	check(lesson: Lesson): Grade {
		const gradeAny = graders();
		if (!gradeAny) throw new Error('check(): the graders are not loaded');
		const grade = gradeAny(this.question, this.response, { lesson });
		this.grade = grade;
		if (settles(grade)) {
			this.checks++;
			this.first ??= grade;
		}
		return grade;
	}

	/**
	 * Whether the learner has given an answer that would get a verdict: one they changed from how
	 * it started (an ordering left as shuffled is no answer) and that is not empty or unfit. Test
	 * mode counts these as answered, and grades them at Finish. Until the graders have arrived
	 * (fetched on the first change) none is; read in a derived, the count updates when they do.
	 */
	hasAnswer(lesson: Lesson): boolean {
		if (!this.changed) return false;
		const gradeAny = graders();
		return gradeAny !== undefined && settles(gradeAny(this.question, this.response, { lesson }));
	}

	/** Unlocks the answer for another go (the answer stays, to be corrected). */
	retry(): void {
		this.grade = undefined;
		this.showSolution = false;
	}

	reveal(): void {
		if (!this.settled) this.revealedFirst = true;
		this.showSolution = true;
	}

	/** The record of the check just made, with the first check's result beside it. */
	attempt(place: AttemptPlace, answeredAt: number): NewAttempt {
		const { grade, first } = this;
		if (!settles(grade) || !first) throw new Error('attempt(): nothing checked to record');
		const result = ({ verdict, score, points }: Grade) => ({ verdict, score, points });
		return {
			...place,
			questionId: this.question.id,
			skill: this.question.skill,
			response: this.response,
			grade,
			answeredAt,
			first: result(first),
			checks: this.checks
		};
	}

	/** How the question counts in a score: as it stood at its first check. */
	get outcome(): Outcome {
		const max = this.question.points;
		if (this.revealedFirst) return { status: 'revealed', max };
		if (this.first) return { status: 'answered', points: this.first.points, max };
		return { status: 'unanswered', max };
	}
}
