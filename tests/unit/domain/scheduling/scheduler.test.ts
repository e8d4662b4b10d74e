import { Rating, createEmptyCard, fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
	createScheduler,
	newSchedule,
	toFields
} from '../../../../src/lib/domain/scheduling/scheduler';
import { shortInterval } from '../../../../src/lib/domain/scheduling/interval';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('scheduler', () => {
	it('makes a new card due now, never reviewed', () => {
		expect(newSchedule(NOW)).toEqual({
			due: '2026-03-02T09:00:00.000Z',
			stability: 0,
			difficulty: 0,
			elapsedDays: 0,
			scheduledDays: 0,
			learningSteps: 0,
			reps: 0,
			lapses: 0,
			state: 'new',
			lastReview: null
		});
	});

	it("writes out ts-fsrs's own empty card (without loading ts-fsrs)", () => {
		for (const now of [NOW, new Date('2027-12-31T23:59:59.999Z')])
			expect(newSchedule(now)).toEqual(toFields(createEmptyCard(now)));
	});

	it("previews a new card's four intervals as ts-fsrs schedules them", () => {
		const preview = createScheduler({ desiredRetention: 0.9 }).preview(newSchedule(NOW), NOW);
		const own = fsrs({ request_retention: 0.9, enable_fuzz: false }).repeat(
			createEmptyCard(NOW),
			NOW
		);
		expect(preview.again.interval).toBe(own[Rating.Again].card.due.getTime() - NOW.getTime());
		expect(preview.good.schedule.due).toBe(own[Rating.Good].card.due.toISOString());
		expect(preview.easy.schedule.stability).toBe(own[Rating.Easy].card.stability);
		// The learning steps (1 and 10 minutes) and the first Easy interval, in minutes and days.
		expect([preview.again.interval, preview.hard.interval, preview.good.interval]).toEqual([
			1 * MINUTE,
			6 * MINUTE,
			10 * MINUTE
		]);
		expect(preview.easy.interval).toBe(8 * DAY);
		expect([preview.again.schedule.state, preview.easy.schedule.state]).toEqual([
			'learning',
			'review'
		]);
	});

	it('rates a card as ts-fsrs does and logs the state before the rating', () => {
		const scheduler = createScheduler({ desiredRetention: 0.9 });
		const first = scheduler.rate(newSchedule(NOW), 'good', NOW);
		expect(first.log).toMatchObject({
			rating: 'good',
			review: NOW.toISOString(),
			state: 'new'
		});
		expect([first.schedule.reps, first.schedule.state, first.schedule.lastReview]).toEqual([
			1,
			'learning',
			NOW.toISOString()
		]);
		const later = new Date(first.schedule.due);
		const second = scheduler.rate(first.schedule, 'good', later);
		const f = fsrs({ request_retention: 0.9, enable_fuzz: false });
		const own = f.next(f.next(createEmptyCard(NOW), NOW, Rating.Good).card, later, Rating.Good);
		expect(second.schedule.due).toBe(own.card.due.toISOString());
		expect(second.schedule.state).toBe('review');
		expect(second.interval).toBe(2 * DAY);
		expect(second.log.state).toBe('learning');
	});

	it('gives longer intervals for a lower desired retention', () => {
		const card = createScheduler({ desiredRetention: 0.9 }).rate(
			newSchedule(NOW),
			'good',
			NOW
		).schedule;
		const later = new Date(card.due);
		const strict = createScheduler({ desiredRetention: 0.9 }).preview(card, later);
		const relaxed = createScheduler({ desiredRetention: 0.8 }).preview(card, later);
		const learning = fsrs({ request_retention: 0.9, enable_fuzz: false }).next(
			createEmptyCard(NOW),
			NOW,
			Rating.Good
		).card;
		const own = fsrs({ request_retention: 0.8, enable_fuzz: false }).repeat(learning, later);
		expect(relaxed.good.schedule.due).toBe(own[Rating.Good].card.due.toISOString());
		expect(relaxed.good.interval).toBeGreaterThan(strict.good.interval);
	});

	it('brings a forgotten review card back in minutes and counts the lapse', () => {
		const s = createScheduler({ desiredRetention: 0.9 });
		const learned = s.rate(newSchedule(NOW), 'easy', NOW).schedule;
		const forgotten = s.rate(learned, 'again', new Date(learned.due));
		expect([forgotten.schedule.state, forgotten.schedule.lapses]).toEqual(['relearning', 1]);
		expect(shortInterval(forgotten.interval)).toEqual({ count: 10, unit: 'minute' });
	});
});

describe('shortInterval', () => {
	it('shows each interval in its largest whole unit', () => {
		expect(shortInterval(MINUTE)).toEqual({ count: 1, unit: 'minute' });
		expect(shortInterval(10 * MINUTE)).toEqual({ count: 10, unit: 'minute' });
		expect(shortInterval(90 * MINUTE)).toEqual({ count: 2, unit: 'hour' });
		expect(shortInterval(3 * DAY)).toEqual({ count: 3, unit: 'day' });
		expect(shortInterval(45 * DAY)).toEqual({ count: 2, unit: 'month' });
		expect(shortInterval(800 * DAY)).toEqual({ count: 2, unit: 'year' });
		expect(shortInterval(0)).toEqual({ count: 1, unit: 'minute' });
	});
});
