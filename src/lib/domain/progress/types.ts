/**
 * What the dashboard is computed from and what it shows. The inputs are the fields the dashboard
 * needs of stored attempts and review cards (storage's records fit them as they are), so this
 * folder stays free of storage.
 */
import type { Skill } from '../../content/skills';
import type { Response } from '../grading/types';

/** The result of a check, as attempts store it. */
export interface CheckResult {
	/** Share of the question's points, 0 to 1. */
	score: number;
}

/** One checked answer. */
export interface ProgressAttempt {
	lessonId: string;
	/** The quiz's set id, `woven:<set id>` while reading, `vocabulary-<n>` for a drill. */
	setId: string;
	questionId: string;
	skill?: Skill;
	response: Pick<Response, 'kind'>;
	grade: CheckResult;
	answeredAt: number;
	/** Which check of this question in its run, from 1; absent on the oldest records. */
	checks?: number;
}

/** The scheduling states of a review card, as FSRS names them (scheduling owns the list). */
import type { CardState } from '../scheduling/types';
export { CARD_STATES, type CardState } from '../scheduling/types';

/** A review card, as far as progress is concerned. */
export interface ProgressCard {
	/** The card's id: `<lesson>:<glossary entry>`, the same as the saved word's. */
	id: string;
	state: CardState;
	/** When the card is next due, ms since the epoch. */
	due: number;
	/** When each review happened, ms since the epoch. */
	reviews: readonly number[];
}

/** A question set a lesson offers, with the ids of its questions. */
export interface ProgressSet {
	lessonId: string;
	setId: string;
	questionIds: readonly string[];
}

export interface SetCompletion {
	lessonId: string;
	setId: string;
	/** Questions of the set checked at least once, in the quiz or while reading. */
	answered: number;
	total: number;
}

/** First checks of one day in one lesson: how many, and their mean score. */
export interface DayScore {
	day: number;
	questions: number;
	/** Mean first-check score, 0 to 1. */
	score: number;
}

/** First-check accuracy of a group of answers (one question kind, one skill). */
export interface Accuracy<K extends string = string> {
	key: K;
	/** First checks counted. */
	checks: number;
	/** Mean first-check score, 0 to 1. */
	score: number;
}

export interface LessonProgress {
	lessonId: string;
	sets: SetCompletion[];
	/** Oldest day first; only days with first checks. */
	history: DayScore[];
}

export interface Streak {
	/** Consecutive days with practice up to today (or up to yesterday, if none yet today). */
	current: number;
	longest: number;
	practisedToday: boolean;
}

export interface Dashboard {
	/** The learner's day the dashboard was computed on. */
	today: number;
	lessons: LessonProgress[];
	byKind: Accuracy<Response['kind']>[];
	bySkill: Accuracy<Skill>[];
	/** Words by scheduling state; a saved word with no card yet counts as new. */
	vocabulary: Record<CardState, number>;
	/** Reviews due on each of the next 14 days, today first (overdue ones count today). */
	due: { day: number; count: number }[];
	streak: Streak;
	attempts: number;
}
