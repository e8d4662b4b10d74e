/**
 * The progress dashboard's figures, from every attempt and review card in one pass each. Scores
 * count each question's first check in a run, as the quiz does, so a retry never lifts them.
 */
import { SKILLS, type Skill } from '../../content/skills';
import type { Response } from '../grading/types';
import type { DayOf } from './days';
import {
	CARD_STATES,
	type Accuracy,
	type CardState,
	type Dashboard,
	type DayScore,
	type LessonProgress,
	type ProgressAttempt,
	type ProgressCard,
	type ProgressSet,
	type Streak
} from './types';

/** How many days ahead the review forecast looks, today included. */
export const FORECAST_DAYS = 14;

export interface DashboardInput {
	attempts: readonly ProgressAttempt[];
	cards: readonly ProgressCard[];
	/** Ids of saved words (`<lesson>:<lemma>`): those without a card yet count as new. */
	savedWordIds: readonly string[];
	/** The question sets of every lesson, in the order lessons are listed. */
	sets: readonly ProgressSet[];
	now: number;
	dayOf: DayOf;
}

const WOVEN = 'woven:';

/** The quiz set an attempt belongs to: practice while reading answers the same questions. */
export function baseSetId(setId: string): string {
	return setId.startsWith(WOVEN) ? setId.slice(WOVEN.length) : setId;
}

interface Sum {
	checks: number;
	total: number;
}

function add<K>(sums: Map<K, Sum>, key: K, score: number): void {
	const sum = sums.get(key);
	if (sum) {
		sum.checks++;
		sum.total += score;
	} else sums.set(key, { checks: 1, total: score });
}

function accuracy<K extends string>(sums: Map<K, Sum>, order: readonly K[]): Accuracy<K>[] {
	return order.flatMap((key) => {
		const sum = sums.get(key);
		return sum ? [{ key, checks: sum.checks, score: sum.total / sum.checks }] : [];
	});
}

/** Consecutive practice days ending today, or yesterday when today has none yet; and the longest run. */
export function streakOf(days: ReadonlySet<number>, today: number): Streak {
	const practisedToday = days.has(today);
	let current = 0;
	for (let day = practisedToday ? today : today - 1; days.has(day); day--) current++;
	let longest = 0;
	let run = 0;
	let previous = Number.NaN;
	for (const day of [...days].sort((a, b) => a - b)) {
		run = day === previous + 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}
	return { current, longest, practisedToday };
}

/** Every figure of the dashboard. */
export function aggregateDashboard(input: DashboardInput): Dashboard {
	const { dayOf } = input;
	const today = dayOf(input.now);
	const practiceDays = new Set<number>();
	const answered = new Map<string, Set<string>>();
	const byKind = new Map<Response['kind'], Sum>();
	const bySkill = new Map<Skill, Sum>();
	const byLessonDay = new Map<string, Map<number, Sum>>();
	// Records from before `checks` was stored: the first of a question on a day is its first check.
	const seenWithoutChecks = new Set<string>();

	for (const attempt of input.attempts) {
		const day = dayOf(attempt.answeredAt);
		practiceDays.add(day);
		const setKey = `${attempt.lessonId}\u0000${baseSetId(attempt.setId)}`;
		let questions = answered.get(setKey);
		if (!questions) answered.set(setKey, (questions = new Set()));
		questions.add(attempt.questionId);

		let first: boolean;
		if (attempt.checks !== undefined) first = attempt.checks === 1;
		else {
			const key = `${attempt.setId}\u0000${attempt.questionId}\u0000${day}`;
			first = !seenWithoutChecks.has(key);
			seenWithoutChecks.add(key);
		}
		if (!first) continue;
		const score = attempt.grade.score;
		add(byKind, attempt.response.kind, score);
		if (attempt.skill) add(bySkill, attempt.skill, score);
		let days = byLessonDay.get(attempt.lessonId);
		if (!days) byLessonDay.set(attempt.lessonId, (days = new Map()));
		add(days, day, score);
	}

	const lessons = lessonProgress(input.sets, answered, byLessonDay);
	const kinds = [...byKind.keys()].sort(
		(a, b) => byKind.get(b)!.checks - byKind.get(a)!.checks || a.localeCompare(b)
	);

	const vocabulary = Object.fromEntries(CARD_STATES.map((s) => [s, 0])) as Record<
		CardState,
		number
	>;
	const due = Array.from({ length: FORECAST_DAYS }, (_, i) => ({ day: today + i, count: 0 }));
	const cardIds = new Set<string>();
	for (const card of input.cards) {
		cardIds.add(card.id);
		vocabulary[card.state]++;
		for (const review of card.reviews) practiceDays.add(dayOf(review));
		// A new card is not a review yet: the daily limit on new cards decides when it comes.
		if (card.state === 'new') continue;
		const offset = Math.max(0, dayOf(card.due) - today);
		if (offset < FORECAST_DAYS) due[offset]!.count++;
	}
	for (const id of new Set(input.savedWordIds)) if (!cardIds.has(id)) vocabulary.new++;

	return {
		today,
		lessons,
		byKind: accuracy(byKind, kinds),
		bySkill: accuracy(bySkill, SKILLS),
		vocabulary,
		due,
		streak: streakOf(practiceDays, today),
		attempts: input.attempts.length
	};
}

function lessonProgress(
	sets: readonly ProgressSet[],
	answered: Map<string, Set<string>>,
	byLessonDay: Map<string, Map<number, Sum>>
): LessonProgress[] {
	const lessons = new Map<string, LessonProgress>();
	for (const set of sets) {
		let lesson = lessons.get(set.lessonId);
		if (!lesson) {
			const days = byLessonDay.get(set.lessonId) ?? new Map<number, Sum>();
			const history: DayScore[] = [...days]
				.sort(([a], [b]) => a - b)
				.map(([day, sum]) => ({ day, questions: sum.checks, score: sum.total / sum.checks }));
			lessons.set(set.lessonId, (lesson = { lessonId: set.lessonId, sets: [], history }));
		}
		const done = answered.get(`${set.lessonId}\u0000${set.setId}`);
		const ids = new Set(set.questionIds);
		let count = 0;
		if (done) for (const id of done) if (ids.has(id)) count++;
		lesson.sets.push({
			lessonId: set.lessonId,
			setId: set.setId,
			answered: count,
			total: ids.size
		});
	}
	return [...lessons.values()];
}
