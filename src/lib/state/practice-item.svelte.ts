import type { Question } from '$lib/content/question-schema';
import type { Lesson } from '$lib/content/schema';
import { gradeAny } from '$lib/domain/grading';
import type { Grade, Response } from '$lib/domain/grading/types';
import type { Outcome } from '$lib/domain/practice/score';
import { emptyResponse } from '$lib/components/questions/responses';

/** Whether a grade settles the question: an empty or unfit answer is a prompt to answer, not a verdict. */
export function settles(grade: Grade | undefined): grade is Grade {
	return grade !== undefined && grade.verdict !== 'unanswered' && grade.verdict !== 'invalid';
}

/**
 * One question being practised: the learner's answer, the grade of the last check, and whether
 * the solution is shown. Showing the solution before a check is remembered (`revealedFirst`):
 * in a quiz that question counts 0, even if it is checked afterwards.
 */
export class PracticeItem {
	readonly question: Question;
	response = $state<Response>() as Response;
	grade = $state<Grade | undefined>();
	showSolution = $state(false);
	revealedFirst = $state(false);

	constructor(question: Question, response: Response = emptyResponse(question)) {
		this.question = question;
		this.response = response;
	}

	/** True once a check gave a verdict; the player is locked until Try again. */
	get settled(): boolean {
		return settles(this.grade);
	}

	/** Grades the answer as it stands; the lesson is the cloze and evidence graders' context. */
	check(lesson: Lesson): Grade {
		this.grade = gradeAny(this.question, this.response, { lesson });
		return this.grade;
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

	/** How the question counts in a score. */
	get outcome(): Outcome {
		const max = this.question.points;
		if (this.revealedFirst) return { status: 'revealed', max };
		if (settles(this.grade)) return { status: 'answered', points: this.grade.points, max };
		return { status: 'unanswered', max };
	}
}
