/**
 * A learner's answers for their teacher: a CSV table (one row per checked answer) and xAPI
 * statements (JSON) an LRS or a spreadsheet can take. Pure: the attempts, the app's address and
 * the learner's anonymous id are passed in.
 */
import type { Skill } from '../content/skills';
import type { Response, Verdict } from '../domain/grading/types';
import { KINDS } from '../kinds';
import { kindTable } from '../kinds/kind';

export interface ReportResult {
	verdict: Verdict;
	/** Share of the question's points, 0 to 1. */
	score: number;
}

/** A checked answer, as attempts store it. */
export interface ReportAttempt {
	lessonId: string;
	setId: string;
	questionId: string;
	skill?: Skill;
	response: Pick<Response, 'kind'>;
	/** This check's result. */
	grade: ReportResult;
	/** The first check of this question in its run; absent on the oldest records. */
	first?: ReportResult;
	answeredAt: number;
}

export const CSV_COLUMNS = [
	'lesson',
	'set',
	'question',
	'kind',
	'skill',
	'first result',
	'final result',
	'time'
] as const;

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
	return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A score as a CSV number: up to four decimals, no trailing zeros (0.5, 1, 0.3333). */
const scoreText = (score: number) => String(Math.round(score * 10_000) / 10_000);

/**
 * The first check of each attempt's question in its run: stored on current records; for the
 * oldest (which do not say) the earliest check of that question on the same set before it.
 */
function firstResults(attempts: readonly ReportAttempt[]): ReportResult[] {
	const earliest = new Map<string, ReportAttempt>();
	for (const a of attempts) {
		const key = `${a.lessonId}\u0000${a.setId}\u0000${a.questionId}`;
		const seen = earliest.get(key);
		if (!seen || a.answeredAt < seen.answeredAt) earliest.set(key, a);
	}
	return attempts.map(
		(a) => a.first ?? earliest.get(`${a.lessonId}\u0000${a.setId}\u0000${a.questionId}`)!.grade
	);
}

/** The report as CSV text: a header row, then one row per attempt, oldest first, CRLF line ends. */
export function attemptsToCsv(attempts: readonly ReportAttempt[]): string {
	const sorted = [...attempts].sort((a, b) => a.answeredAt - b.answeredAt);
	const firsts = firstResults(sorted);
	const rows = sorted.map((a, i) =>
		[
			a.lessonId,
			a.setId,
			a.questionId,
			a.response.kind,
			a.skill ?? '',
			scoreText(firsts[i]!.score),
			scoreText(a.grade.score),
			new Date(a.answeredAt).toISOString()
		]
			.map(csvField)
			.join(',')
	);
	return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export const XAPI_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Each kind's xAPI interaction type (its module says which). */
const KIND_TABLE = kindTable(KINDS);

export interface XapiOptions {
	/** The app's address, e.g. https://fahm.example: the actor's home page and the IRIs' base. */
	homePage: string;
	/** An anonymous id for this learner (random, kept on the device). */
	learner: string;
}

/** A question's IRI: the same for every learner and every export. */
export function questionIri(
	homePage: string,
	a: Pick<ReportAttempt, 'lessonId' | 'setId' | 'questionId'>
): string {
	const base = homePage.replace(/\/+$/u, '');
	const part = encodeURIComponent;
	return `${base}/lessons/${part(a.lessonId)}/sets/${part(a.setId)}/questions/${part(a.questionId)}`;
}

export interface XapiStatement {
	actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
	verb: { id: typeof XAPI_ANSWERED; display: { 'en-US': 'answered' } };
	object: {
		objectType: 'Activity';
		id: string;
		definition: { type: typeof INTERACTION; interactionType: string };
	};
	result: { score: { scaled: number }; success: boolean; completion: true };
	context: { extensions: Record<string, string | number> };
	timestamp: string;
}

/** One "answered" statement per attempt, oldest first. */
export function attemptsToXapi(
	attempts: readonly ReportAttempt[],
	{ homePage, learner }: XapiOptions
): XapiStatement[] {
	const base = homePage.replace(/\/+$/u, '');
	const sorted = [...attempts].sort((a, b) => a.answeredAt - b.answeredAt);
	const firsts = firstResults(sorted);
	return sorted.map((a, i) => {
		const extensions: Record<string, string | number> = {
			[`${base}/xapi/first-score`]: firsts[i]!.score
		};
		if (a.skill) extensions[`${base}/xapi/skill`] = a.skill;
		return {
			actor: { objectType: 'Agent', account: { homePage: base, name: learner } },
			verb: { id: XAPI_ANSWERED, display: { 'en-US': 'answered' } },
			object: {
				objectType: 'Activity',
				id: questionIri(base, a),
				definition: {
					type: INTERACTION,
					interactionType: KIND_TABLE.get(a.response.kind)?.interaction ?? 'other'
				}
			},
			result: {
				score: { scaled: a.grade.score },
				success: a.grade.verdict === 'correct',
				completion: true
			},
			context: { extensions },
			timestamp: new Date(a.answeredAt).toISOString()
		};
	});
}
