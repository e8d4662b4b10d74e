import { describe, expect, it } from 'vitest';
import { reviewQueue, type QueueCard } from '../../../../src/lib/domain/scheduling/queue';
import { newSchedule } from '../../../../src/lib/domain/scheduling/scheduler';

// Local times, so "today" is the test machine's day whatever its time zone.
const NOW = new Date(2026, 2, 2, 15, 0);

function card(id: string, extra: Partial<QueueCard> = {}): QueueCard {
	return { ...newSchedule(new Date(2026, 2, 1)), id, addedAt: 0, log: [], ...extra };
}
const reviewed = (id: string, due: Date, firstReview = new Date(2026, 1, 1)): QueueCard =>
	card(id, {
		state: 'review',
		reps: 2,
		due: due.toISOString(),
		log: [
			{
				...newSchedule(firstReview),
				rating: 'good',
				review: firstReview.toISOString(),
				lastElapsedDays: 0
			}
		]
	});

describe('reviewQueue', () => {
	it('shows due reviews soonest first, then new cards oldest first', () => {
		const queue = reviewQueue(
			[
				card('n2', { addedAt: 20 }),
				reviewed('r2', new Date(2026, 2, 2, 14, 0)),
				card('n1', { addedAt: 10 }),
				reviewed('r1', new Date(2026, 2, 1, 9, 0)),
				reviewed('later', new Date(2026, 2, 4, 9, 0))
			],
			NOW,
			20
		);
		expect(queue.due.map((c) => c.id)).toEqual(['r1', 'r2', 'n1', 'n2']);
		expect(queue.heldBack).toBe(0);
		expect(queue.nextDue).toBe(new Date(2026, 2, 4, 9, 0).toISOString());
	});

	it("holds back new cards past today's limit, counting those first rated today", () => {
		const cards = [
			reviewed('today', new Date(2026, 2, 3), new Date(2026, 2, 2, 8, 0)),
			card('n1', { addedAt: 1 }),
			card('n2', { addedAt: 2 }),
			card('n3', { addedAt: 3 })
		];
		const queue = reviewQueue(cards, NOW, 2);
		expect(queue.due.map((c) => c.id)).toEqual(['n1']);
		expect(queue.heldBack).toBe(2);
		// The held-back cards come at midnight, before the reviewed card's due date.
		expect(queue.nextDue).toBe(new Date(2026, 2, 3).toISOString());
	});

	it('says when the next card is due when none is due now, and null with no cards', () => {
		const queue = reviewQueue([reviewed('r', new Date(2026, 2, 2, 15, 10))], NOW, 20);
		expect(queue.due).toEqual([]);
		expect(queue.nextDue).toBe(new Date(2026, 2, 2, 15, 10).toISOString());
		expect(reviewQueue([], NOW, 20)).toEqual({ due: [], heldBack: 0, nextDue: null });
	});
});
