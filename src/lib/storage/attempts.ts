/**
 * Practice kept on the device: every checked answer (appended, never replaced) and, per lesson and
 * question set, where the learner is in its quiz. Records carry a schema version and are checked
 * on read by plain guards (no schema library: this code ships with the quiz page, which has a JS
 * budget). A record that cannot be read is counted and left in place, never deleted.
 */
import { isSkill, type Skill } from '$lib/content/skills';
import type { Grade, Response } from '$lib/domain/grading/types';
import { PRACTICE_MODES, type PracticeMode } from '$lib/domain/practice/mode';
import type { QuizPhase } from '$lib/domain/practice/navigation';
import { isStoredResponse } from '$lib/kinds/responses';
import { database, toStorageError, type StoredPracticeRecord } from './db';
import {
	isArrayOf,
	isIndex,
	isNumber,
	isRecord,
	isString,
	isText,
	readEach,
	type Guard
} from './guards';

/**
 * The version of the attempt and quiz-progress records this code writes. 2 added the mode and the
 * first check's result to attempts, and the mode and unchecked test answers to quiz progress;
 * version 1 records are still read (as practice, see `readAttempt` and `readQuizProgress`).
 */
export const ATTEMPT_VERSION = 2;
type ReadableVersion = 1 | typeof ATTEMPT_VERSION;

/** What a check earned, without the details a review needs. */
export type AttemptResult = Pick<Grade, 'verdict' | 'score' | 'points'>;

export interface Attempt {
	schemaVersion: ReadableVersion;
	/** Assigned by the store. */
	id: number;
	lessonId: string;
	setId: string;
	questionId: string;
	/** The question's reading skill, for progress by skill; absent in records from before skills. */
	skill?: Skill;
	response: Response;
	/** This check's grade: the final result once no later check follows. */
	grade: Grade;
	/** Milliseconds since the epoch, passed in by the caller. */
	answeredAt: number;
	/** How the answer was given (version 1 records: practice, the only way there was). */
	mode: PracticeMode;
	/**
	 * The first check of this question in this run: the result a score counts. Absent on version 1
	 * records; `runAttempts` finds it from the run's records either way.
	 */
	first?: AttemptResult;
	/** Which check of this question in this run this is, from 1. Absent on version 1 records. */
	checks?: number;
}

export type NewAttempt = Omit<Attempt, 'schemaVersion' | 'id' | 'first' | 'checks'> &
	Required<Pick<Attempt, 'first' | 'checks'>>;

export interface QuizProgress {
	schemaVersion: ReadableVersion;
	id: string;
	lessonId: string;
	setId: string;
	/** How this run is taken; null until the learner has chosen (version 1 records: practice). */
	mode: PracticeMode | null;
	phase: QuizPhase;
	index: number;
	/** Questions whose solution was shown before an answer was checked (they score 0). */
	revealed: string[];
	/** Test mode: answers given but not graded yet (graded at Finish), by question id. */
	drafts: Record<string, Response>;
	/** When this run of the quiz started: answers checked before it belong to earlier runs. */
	startedAt: number;
	updatedAt: number;
}

export type NewQuizProgress = Omit<QuizProgress, 'schemaVersion' | 'id'>;

/** The key of a quiz position: one per lesson and question set. */
export function progressId(lessonId: string, setId: string): string {
	return `${lessonId}:${setId}`;
}

/** Whether a stored value is a response of one of the app's kinds (each kind's own guard). */
export { isStoredResponse as isResponse };

const VERDICTS = new Set(['correct', 'partial', 'incorrect', 'unanswered', 'invalid']);
const isNote: Guard = (x) =>
	isRecord(x) && isText(x.code) && (x.count === undefined || isNumber(x.count));
const isPart: Guard = (x) => isRecord(x) && isString(x.id) && typeof x.correct === 'boolean';
const isBilingual: Guard = (x) => isRecord(x) && isText(x.en) && isText(x.ar);
// Records stored before feedback was written in both languages hold plain strings. They stay
// readable; `readAttempt` drops those strings, since the quiz grades the stored response again
// (with the feedback in both languages) and nothing shows a stored grade's feedback.
const isFeedback: Guard = (x) => isBilingual(x) || isString(x);

function isGrade(x: unknown): x is Grade {
	return (
		isRecord(x) &&
		VERDICTS.has(x.verdict as string) &&
		isNumber(x.score) &&
		isNumber(x.points) &&
		isArrayOf(isFeedback)(x.feedback) &&
		isArrayOf(isNote)(x.notes) &&
		isArrayOf(isPart)(x.parts)
	);
}

const isMode: Guard = (x) => PRACTICE_MODES.includes(x as PracticeMode);
const isResult: Guard = (x) =>
	isRecord(x) && VERDICTS.has(x.verdict as string) && isNumber(x.score) && isNumber(x.points);
const isVersion = (x: unknown): x is ReadableVersion => x === 1 || x === ATTEMPT_VERSION;

/**
 * A stored record as an Attempt, or undefined when it cannot be read (damaged, or newer). A
 * version 1 record reads as a practice answer without `first` and `checks`. `isResponse` checks
 * the stored response (by default: is it one of the app's kinds).
 */
export function readAttempt(
	raw: unknown,
	isResponse: Guard = isStoredResponse
): Attempt | undefined {
	if (!isRecord(raw) || !isVersion(raw.schemaVersion)) return undefined;
	const current = raw.schemaVersion === ATTEMPT_VERSION;
	const ok =
		isIndex(raw.id) &&
		isText(raw.lessonId) &&
		isText(raw.setId) &&
		isText(raw.questionId) &&
		(raw.skill === undefined || isSkill(raw.skill)) &&
		isResponse(raw.response) &&
		isGrade(raw.grade) &&
		isNumber(raw.answeredAt) &&
		(!current || (isMode(raw.mode) && isResult(raw.first) && isIndex(raw.checks)));
	if (!ok) return undefined;
	const read = raw as unknown as Attempt;
	// Grades stored before feedback was bilingual carry English strings: drop those (the quiz
	// grades a stored answer again before it shows any feedback).
	const feedback = read.grade.feedback.filter(isBilingual);
	const attempt =
		feedback.length === read.grade.feedback.length
			? read
			: { ...read, grade: { ...read.grade, feedback } };
	return current ? attempt : { ...attempt, mode: 'practice' };
}

const PHASES = new Set<unknown>(['question', 'score', 'review']);

/**
 * A stored record as a QuizProgress, or undefined when it cannot be read. A version 1 record reads
 * as a practice run without drafts. `isResponse` checks each draft, as in `readAttempt`.
 */
export function readQuizProgress(
	raw: unknown,
	isResponse: Guard = isStoredResponse
): QuizProgress | undefined {
	if (!isRecord(raw) || !isVersion(raw.schemaVersion)) return undefined;
	const isDrafts: Guard = (x) => isRecord(x) && Object.values(x).every(isResponse);
	const current = raw.schemaVersion === ATTEMPT_VERSION;
	const ok =
		isText(raw.id) &&
		isText(raw.lessonId) &&
		isText(raw.setId) &&
		PHASES.has(raw.phase) &&
		isIndex(raw.index) &&
		isArrayOf(isText)(raw.revealed) &&
		isNumber(raw.startedAt) &&
		isNumber(raw.updatedAt) &&
		(!current || ((raw.mode === null || isMode(raw.mode)) && isDrafts(raw.drafts)));
	if (!ok) return undefined;
	return current
		? (raw as unknown as QuizProgress)
		: ({ ...raw, mode: 'practice', drafts: {} } as unknown as QuizProgress);
}

export interface AttemptList {
	/** Oldest first. */
	attempts: Attempt[];
	/** Records that could not be read. They stay in the database untouched. */
	unreadable: number;
}

/** Stores a checked answer as a new record; resolves once it is on disk. */
export async function recordAttempt(attempt: NewAttempt): Promise<Attempt> {
	const record: Omit<Attempt, 'id'> = { ...attempt, schemaVersion: ATTEMPT_VERSION };
	try {
		const db = await database();
		const tx = db.transaction('attempts', 'readwrite');
		// $state proxies cannot be cloned into IndexedDB: store a plain copy.
		const [id] = await Promise.all([tx.store.add(structuredPlain(record)), tx.done]);
		return { ...record, id };
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Every answer checked in one lesson's question set, oldest first. Rejects with a StorageError. */
export async function listAttempts(lessonId: string, setId: string): Promise<AttemptList> {
	try {
		const db = await database();
		const raws: unknown[] = await db.getAllFromIndex('attempts', 'bySet', [lessonId, setId]);
		const { records: attempts, unreadable } = readEach(raws, readAttempt);
		attempts.sort((a, b) => a.answeredAt - b.answeredAt || a.id - b.id);
		return { attempts, unreadable };
	} catch (error) {
		throw toStorageError(error);
	}
}

/** One question's checks in a run: the first (what a score counts), the latest, how many. */
export interface QuestionRun {
	first: Attempt;
	latest: Attempt;
	checks: number;
}

/**
 * Each question's checks at or after `since`, by question id, from attempts listed oldest first.
 * The first is found by time, so version 1 records (which do not say) count the same way.
 */
export function runAttempts(attempts: readonly Attempt[], since: number): Map<string, QuestionRun> {
	const runs = new Map<string, QuestionRun>();
	for (const attempt of attempts) {
		if (attempt.answeredAt < since) continue;
		const run = runs.get(attempt.questionId);
		if (run) {
			run.latest = attempt;
			run.checks++;
		} else runs.set(attempt.questionId, { first: attempt, latest: attempt, checks: 1 });
	}
	return runs;
}

/** Stores where the learner is in a quiz (replacing the last position of that quiz). */
export async function saveQuizProgress(progress: NewQuizProgress): Promise<QuizProgress> {
	const record: QuizProgress = {
		...progress,
		schemaVersion: ATTEMPT_VERSION,
		id: progressId(progress.lessonId, progress.setId)
	};
	try {
		const db = await database();
		const tx = db.transaction('quizProgress', 'readwrite');
		await Promise.all([tx.store.put(structuredPlain(record)), tx.done]);
		return record;
	} catch (error) {
		throw toStorageError(error);
	}
}

/**
 * Where the learner was in a quiz, or undefined when nothing (readable) is stored. Rejects with a
 * StorageError.
 */
export async function loadQuizProgress(
	lessonId: string,
	setId: string
): Promise<QuizProgress | undefined> {
	try {
		const db = await database();
		return readQuizProgress(await db.get('quizProgress', progressId(lessonId, setId)));
	} catch (error) {
		throw toStorageError(error);
	}
}

/** A deep plain copy of a JSON-shaped record (responses and grades are JSON), as stored. */
function structuredPlain<T extends { schemaVersion: number }>(value: T): T & StoredPracticeRecord {
	return JSON.parse(JSON.stringify(value)) as T & StoredPracticeRecord;
}
