/** The progress page's names and numbers in the UI language. */
import { dayToUtcNoon } from '$lib/domain/progress/days';
import type { CardState } from '$lib/domain/progress/types';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { dateTimeFormat, numberFormat } from '$lib/intl-format';

export const stateLabels: Record<CardState, () => string> = {
	new: m.progress_state_new,
	learning: m.progress_state_learning,
	review: m.progress_state_review,
	relearning: m.progress_state_relearning
};

/** A path or a file name, isolated so `attempts[3].answeredAt` keeps its order in Arabic text. */
import { isolate } from '$lib/domain/arabic/script';
export { isolate };

export function formatCount(n: number): string {
	return numberFormat(getLocale()).format(n);
}

/** A share as a whole percentage, rounded down (89.6% never reads as 90%). */
export function formatPercent(share: number): string {
	const floored = Math.floor(Math.round(share * 1e6) / 1e4) / 100;
	return numberFormat(getLocale(), { style: 'percent' }).format(floored);
}

/** A day of the dashboard as a short date ("10 Mar"), in the UI language. */
export function formatDay(day: number, withWeekday = false): string {
	return dateTimeFormat(getLocale(), {
		timeZone: 'UTC',
		day: 'numeric',
		month: 'short',
		...(withWeekday ? { weekday: 'short' } : {})
	}).format(dayToUtcNoon(day));
}

/**
 * Builds the dashboard's formatters, one per call. The first Intl object a page makes costs Chrome
 * 15 - 65 ms (loading the locale's data; 60 ms of a 125 ms task on a 4x slower phone, issue 12):
 * the page runs these in tasks of their own while it reads the device, so that the task that draws
 * the dashboard does not also wait for them.
 */
export const formatterBuilds: readonly (() => unknown)[] = [
	() => formatCount(0),
	() => formatPercent(0),
	() => formatDay(0),
	() => formatDay(0, true)
];
