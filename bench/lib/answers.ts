import type { Question } from '../../src/lib/content/question-schema';
import { KINDS } from '../../src/lib/kinds/index';
import { kindTable, type AnyKind } from '../../src/lib/kinds/kind';

const kinds = kindTable<AnyKind>(KINDS);

/**
 * How the bench answers one question on the quiz page: one value per kind of control, applied to
 * every control of that kind the question shows, whatever its kind (a free response has a text
 * area and a checklist, an evidence question checkboxes, a cloze text fields or selects).
 */
export interface AnswerPlan {
	/** Which radio to choose, 0-based, wrapped to the number of radios. */
	radio: number;
	/** How many checkboxes to tick, from the first; the others are left unticked. */
	checkboxes: number;
	/** Which option each select takes, 1-based past the "choose" placeholder (`selectOption`). */
	option: number;
	/** What to type in each text field. */
	text: string;
	/** What to write in a text area. */
	textarea: string;
	/** How many "move down" clicks an ordering gets (on the first item that can move down). */
	moves: number;
}

/** Well-formed wrong answers, in either language a typed question may ask for. */
export const WRONG_WORD = { ar: 'موسكو', en: 'Moscow' } as const;

/** A sentence for the free response. */
export const FREE_TEXT = 'زار شويغو طهران والتقى نظيره الإيراني.';

/**
 * The answer to a question on the `attempt`-th try (counted over the whole run): typed answers
 * (each kind's `bench.typed`, from its `tools()`, else a wrong word) are right on even attempts and wrong on odd ones, and the choices move on from one attempt to
 * the next, so the checks give right, wrong and partly right verdicts of every kind.
 */
export async function answerPlan(question: Question, attempt: number): Promise<AnswerPlan> {
	const right = attempt % 2 === 0;
	const bench = (await kinds.get(question.kind)?.tools())?.bench;
	const text = bench?.typed?.(question, right) ?? WRONG_WORD[question.answerLanguage ?? 'ar'];
	return {
		radio: attempt % 3,
		checkboxes: 1 + (attempt % 2),
		option: 1 + (attempt % 3),
		text,
		textarea: FREE_TEXT,
		moves: 1 + (attempt % 2)
	};
}

/**
 * What one timed Check on a question is: `empty` before anything is answered (the feedback is
 * the prompt to answer), `answer` with the answer filled in, `retry` after Try again with the
 * next attempt's answer.
 */
export type CheckStep = 'empty' | 'answer' | 'retry';

/**
 * The timed checks on the question at `index` (0-based), in order: every question is answered
 * and checked; every other one is tried again; every sixth is first checked empty, as a learner
 * pressing Check too early. 42 questions give 42 + 21 + 7 = 70 checks.
 */
export function checkSteps(index: number): CheckStep[] {
	return [
		...(index % 6 === 5 ? (['empty'] as const) : []),
		'answer',
		...(index % 2 === 0 ? (['retry'] as const) : [])
	];
}

/** How many checks `checkSteps` gives over `questions` questions. */
export function plannedChecks(questions: number): number {
	let total = 0;
	for (let i = 0; i < questions; i++) total += checkSteps(i).length;
	return total;
}
