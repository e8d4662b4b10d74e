/**
 * Days as whole numbers (days since 1970-01-01 in the learner's own calendar), so "the next day"
 * is `day + 1` and a streak is a run of consecutive numbers. The time zone is a parameter: the
 * app passes the device's, tests pass a fixed offset.
 */

export const DAY_MS = 86_400_000;

/** The learner's day that a moment falls on. */
export type DayOf = (ms: number) => number;

/** Days in the device's time zone, daylight saving included (the offset is read per moment). */
export const localDayOf: DayOf = (ms) =>
	Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / DAY_MS);

/** Days at a fixed offset from UTC, in minutes east (Riyadh is +180). */
export function fixedOffsetDayOf(offsetMinutes: number): DayOf {
	return (ms) => Math.floor((ms + offsetMinutes * 60_000) / DAY_MS);
}

/** Noon UTC of a day number: a moment that formats as that calendar date with `timeZone: 'UTC'`. */
export function dayToUtcNoon(day: number): number {
	return day * DAY_MS + DAY_MS / 2;
}
