/**
 * An interval as a button shows it: a whole number of one unit, rounded the way Anki rounds
 * ("10m", "3d", "1.5mo" is shown as "2mo"): minutes under an hour, hours under a day, days under
 * a month, months under a year, then years.
 */

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';
export interface ShortInterval {
	count: number;
	unit: IntervalUnit;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** `ms` (a duration, at least 0) in its largest whole unit, at least 1 of it. */
export function shortInterval(ms: number): ShortInterval {
	const at = (size: number, unit: IntervalUnit): ShortInterval => ({
		count: Math.max(1, Math.round(ms / size)),
		unit
	});
	if (ms < HOUR) return at(MINUTE, 'minute');
	if (ms < DAY) return at(HOUR, 'hour');
	if (ms < MONTH) return at(DAY, 'day');
	if (ms < YEAR) return at(MONTH, 'month');
	return at(YEAR, 'year');
}
