/** The words of the review screen that depend on values: ratings, intervals, due times. */
import type { ShortInterval } from '$lib/domain/scheduling/interval';
import type { CardRating } from '$lib/domain/scheduling/types';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { dateTimeFormat, relativeTimeFormat } from '$lib/intl-format';

export const RATING_LABELS: Record<CardRating, () => string> = {
	again: m.review_rating_again,
	hard: m.review_rating_hard,
	good: m.review_rating_good,
	easy: m.review_rating_easy
};

const INTERVALS: Record<ShortInterval['unit'], (inputs: { count: number }) => string> = {
	minute: m.review_interval_minute,
	hour: m.review_interval_hour,
	day: m.review_interval_day,
	month: m.review_interval_month,
	year: m.review_interval_year
};

/** "3d" in English, "3 أيام" in Arabic. */
export function intervalText(interval: ShortInterval): string {
	return INTERVALS[interval.unit]({ count: interval.count });
}

/** A rating button's text: "Good · 3d". */
export function ratingText(rating: CardRating, interval: ShortInterval): string {
	return m.review_rating_button({
		label: RATING_LABELS[rating](),
		interval: intervalText(interval)
	});
}

/** When the next card is due: "in 10 minutes (2 Mar 2026, 10:10)", in the UI's language. */
export function dueText(due: Date, interval: ShortInterval): string {
	const locale = `${getLocale()}-u-nu-latn`;
	const relative = relativeTimeFormat(locale, { numeric: 'auto' }).format(
		interval.count,
		interval.unit
	);
	const absolute = dateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(due);
	return `${relative} (${absolute})`;
}
