import { describe, expect, it } from 'vitest';
import { aggregateDashboard, streakOf } from '../../../../src/lib/domain/progress/aggregate';
import { fixedOffsetDayOf, localDayOf } from '../../../../src/lib/domain/progress/days';
import type {
	ProgressAttempt,
	ProgressCard,
	ProgressSet
} from '../../../../src/lib/domain/progress/types';

const at = (iso: string) => Date.parse(iso);
/** Riyadh: UTC+3, so 21:30 UTC is already the next day for the learner. */
const riyadh = fixedOffsetDayOf(180);
const day = (date: string) => riyadh(at(`${date}T12:00:00+03:00`));
const NOW = at('2026-03-10T12:00:00Z');

const attempt = (
	questionId: string,
	iso: string,
	score: number,
	more: Partial<ProgressAttempt> = {}
): ProgressAttempt => ({
	lessonId: 'shoigu',
	setId: 'comprehension',
	questionId,
	response: { kind: 'single-choice' },
	grade: { score },
	answeredAt: at(iso),
	checks: 1,
	...more
});

const ATTEMPTS: ProgressAttempt[] = [
	// A version 1 record (no `checks`): the first of the day counts, the retry does not.
	attempt('q1', '2026-03-07T08:00:00Z', 0, { checks: undefined, skill: 'literal' }),
	attempt('q1', '2026-03-07T08:01:00Z', 1, { checks: undefined, skill: 'literal' }),
	attempt('q2', '2026-03-08T10:00:00Z', 0, {
		skill: 'inference',
		response: { kind: 'short-answer' }
	}),
	attempt('q2', '2026-03-08T10:01:00Z', 1, {
		skill: 'inference',
		response: { kind: 'short-answer' },
		checks: 2
	}),
	// Practice while reading answers the quiz's questions: it counts toward the set.
	attempt('q3', '2026-03-08T11:00:00Z', 0.5, {
		setId: 'woven:comprehension',
		skill: 'reference',
		response: { kind: 'cloze' }
	}),
	// 00:30 on 10 March in Riyadh.
	attempt('q1', '2026-03-09T21:30:00Z', 1, { skill: 'literal' }),
	attempt('v1', '2026-03-10T09:00:00Z', 1, { setId: 'vocabulary-1' })
];

const SETS: ProgressSet[] = [
	{ lessonId: 'shoigu', setId: 'comprehension', questionIds: ['q1', 'q2', 'q3', 'q4'] },
	{ lessonId: 'shoigu', setId: 'discourse', questionIds: ['d1', 'd2'] }
];

const card = (id: string, state: ProgressCard['state'], due: string, reviews: string[] = []) => ({
	id,
	state,
	due: at(due),
	reviews: reviews.map(at)
});

const CARDS: ProgressCard[] = [
	card('shoigu:w1', 'new', '2026-03-10T12:00:00Z'),
	card('shoigu:w2', 'learning', '2026-03-10T12:10:00Z', ['2026-03-09T12:00:00Z']),
	card('shoigu:w3', 'review', '2026-03-12T09:00:00Z'),
	card('shoigu:w4', 'review', '2026-03-01T09:00:00Z'),
	card('shoigu:w5', 'relearning', '2026-03-30T09:00:00Z')
];

const dashboard = () =>
	aggregateDashboard({
		attempts: ATTEMPTS,
		cards: CARDS,
		savedWordIds: ['shoigu:w1', 'shoigu:w9', 'shoigu:w9'],
		sets: SETS,
		now: NOW,
		dayOf: riyadh
	});

describe('aggregateDashboard', () => {
	it('counts the questions of each set answered, in the quiz or while reading', () => {
		expect(dashboard().lessons).toEqual([
			expect.objectContaining({
				lessonId: 'shoigu',
				sets: [
					{ lessonId: 'shoigu', setId: 'comprehension', answered: 3, total: 4 },
					{ lessonId: 'shoigu', setId: 'discourse', answered: 0, total: 2 }
				]
			})
		]);
	});

	it("keeps each day's first-check score per lesson, in the learner's day", () => {
		expect(dashboard().lessons[0]!.history).toEqual([
			{ day: day('2026-03-07'), questions: 1, score: 0 },
			{ day: day('2026-03-08'), questions: 2, score: 0.25 },
			{ day: day('2026-03-10'), questions: 2, score: 1 }
		]);
	});

	it('gives first-check accuracy by question kind (most checked first) and by skill', () => {
		const { byKind, bySkill } = dashboard();
		expect(byKind).toEqual([
			{ key: 'single-choice', checks: 3, score: 2 / 3 },
			{ key: 'cloze', checks: 1, score: 0.5 },
			{ key: 'short-answer', checks: 1, score: 0 }
		]);
		expect(bySkill).toEqual([
			{ key: 'literal', checks: 2, score: 0.5 },
			{ key: 'inference', checks: 1, score: 0 },
			{ key: 'reference', checks: 1, score: 0.5 }
		]);
	});

	it('counts words by state, a saved word without a card as new (once)', () => {
		expect(dashboard().vocabulary).toEqual({ new: 2, learning: 1, review: 2, relearning: 1 });
	});

	it('forecasts reviews for 14 days: overdue ones today, new cards not at all', () => {
		const { due, today } = dashboard();
		expect(today).toBe(day('2026-03-10'));
		expect(due).toHaveLength(14);
		expect(due[0]).toEqual({ day: today, count: 2 });
		expect(due[2]).toEqual({ day: today + 2, count: 1 });
		expect(due.reduce((sum, d) => sum + d.count, 0)).toBe(3);
	});

	it('counts a review day toward the streak', () => {
		// 7, 8, 9 (a review) and 10 March.
		expect(dashboard().streak).toEqual({ current: 4, longest: 4, practisedToday: true });
		const withoutReviews = aggregateDashboard({
			attempts: ATTEMPTS,
			cards: [],
			savedWordIds: [],
			sets: SETS,
			now: NOW,
			dayOf: riyadh
		});
		expect(withoutReviews.streak).toEqual({ current: 1, longest: 2, practisedToday: true });
		expect(withoutReviews.attempts).toBe(7);
	});

	it('shows an empty dashboard when nothing is stored', () => {
		const empty = aggregateDashboard({
			attempts: [],
			cards: [],
			savedWordIds: [],
			sets: SETS,
			now: NOW,
			dayOf: riyadh
		});
		expect(empty.lessons[0]!.history).toEqual([]);
		expect(empty.byKind).toEqual([]);
		expect(empty.streak).toEqual({ current: 0, longest: 0, practisedToday: false });
	});
});

describe('streakOf', () => {
	it('keeps a streak alive until the end of the day after the last practice', () => {
		expect(streakOf(new Set([8, 9]), 10)).toEqual({
			current: 2,
			longest: 2,
			practisedToday: false
		});
		expect(streakOf(new Set([8, 9]), 11).current).toBe(0);
		expect(streakOf(new Set([1, 2, 3, 7, 9, 10]), 10)).toEqual({
			current: 2,
			longest: 3,
			practisedToday: true
		});
	});
});

describe('localDayOf', () => {
	it('agrees with the calendar date of the device', () => {
		const moment = at('2026-07-01T23:59:00Z');
		const local = new Date(moment);
		const expected = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / 86_400_000;
		expect(localDayOf(moment)).toBe(expected);
	});
});
