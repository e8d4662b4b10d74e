/**
 * Which cards a review session shows now: every card due by now that has been reviewed before,
 * soonest due first, then as many never-reviewed cards as today's allowance of new cards leaves,
 * oldest first. When none is due, when the next one will be.
 */
import type { FsrsFields, ReviewLogEntry } from './types';

export type QueueCard = FsrsFields & { id: string; addedAt: number; log: ReviewLogEntry[] };

export interface ReviewQueue<C extends QueueCard> {
	/** The cards to show now, in order. */
	due: C[];
	/** New cards that today's limit holds back until tomorrow. */
	heldBack: number;
	/** The ISO time the next card not in `due` comes due, or null when there is none. */
	nextDue: string | null;
}

/** Local midnight at the start of `now`'s day. */
export function startOfDay(now: Date): Date {
	return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Local midnight at the end of `now`'s day. */
export function startOfNextDay(now: Date): Date {
	return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

/** How many cards had their first rating today (each one counts against today's new cards). */
export function introducedToday(cards: readonly QueueCard[], now: Date): number {
	const since = startOfDay(now).getTime();
	return cards.filter((c) => c.log.length > 0 && Date.parse(c.log[0]!.review) >= since).length;
}

export function reviewQueue<C extends QueueCard>(
	cards: readonly C[],
	now: Date,
	newCardsPerDay: number
): ReviewQueue<C> {
	const at = now.getTime();
	const byDue = (a: C, b: C) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id);
	const seen = cards.filter((c) => c.state !== 'new');
	const fresh = cards
		.filter((c) => c.state === 'new')
		.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
	const allowance = Math.max(0, newCardsPerDay - introducedToday(cards, now));
	const dueSeen = seen.filter((c) => Date.parse(c.due) <= at).sort(byDue);
	const shown = fresh.slice(0, allowance);
	const heldBack = fresh.length - shown.length;
	const later = seen.filter((c) => Date.parse(c.due) > at).map((c) => Date.parse(c.due));
	if (heldBack > 0) later.push(startOfNextDay(now).getTime());
	return {
		due: [...dueSeen, ...shown],
		heldBack,
		nextDue: later.length ? new Date(Math.min(...later)).toISOString() : null
	};
}
