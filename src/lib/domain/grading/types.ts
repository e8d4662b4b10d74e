/**
 * The contract between question players, graders and the quiz: what a learner answered
 * (`Response`) and what the grader made of it (`Grade`).
 */
import type { Bilingual, QuestionKind } from '../../content/question-schema';
import type { KindResponse } from '../../kinds';

/**
 * A learner's answer to one question: each kind declares its own (src/lib/kinds/<kind>/schema.ts).
 * Empty answers are representable on purpose.
 */
export type Response = KindResponse;

export type ResponseOf<K extends QuestionKind> = Extract<Response, { kind: K }>;

/**
 * unanswered: nothing to grade, ask the learner to answer (not a wrong answer);
 * invalid: the response does not fit the question (an unknown option id, a wrong kind).
 */
export type Verdict = 'correct' | 'partial' | 'incorrect' | 'unanswered' | 'invalid';

/** What a grader noticed about a typed answer; the UI words each code in the learner's language. */
export type GradeNoteCode =
	| 'marks-ignored'
	/** Under the strict profile: the vowel marks (or dagger alef) differ from the answer's. */
	| 'marks-differ'
	| 'tatweel-ignored'
	/** The spelling of the hamza: on alef, on another seat, or left out. */
	| 'hamza-differs'
	/** Recorded by earlier versions for the hamza on alef; now part of hamza-differs. */
	| 'alef-form-differs'
	| 'ya-alef-maqsura-differs'
	| 'ta-marbuta-differs'
	| 'letters-off'
	| 'latin-letters'
	| 'digits-read'
	| 'not-a-number'
	| 'spacing-ignored'
	| 'punctuation-ignored';

export interface GradeNote {
	code: GradeNoteCode;
	/** For letters-off: how many letters differ. For others, unused. */
	count?: number;
	/**
	 * For a spelling difference (marks-differ, hamza-differs, ya-alef-maqsura-differs,
	 * ta-marbuta-differs): the share of the accepted answer's credit the answer kept despite it
	 * under the question's profile (1 forgiven, 0.5 half, 0 none), so its wording can agree with the
	 * score. Absent on notes recorded before it existed.
	 */
	credit?: number;
}

export interface Grade {
	verdict: Verdict;
	/** Share of the question's points earned, 0 to 1. */
	score: number;
	/** `score` times the question's points. */
	points: number;
	/** The teacher's feedback for what the learner chose or typed, in order, in both languages. */
	feedback: Bilingual[];
	notes: GradeNote[];
	/** Per option, pair, item, gap or sentence: whether that part was right, for the review screen. */
	parts: { id: string; correct: boolean }[];
}
