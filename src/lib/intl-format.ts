/**
 * Intl formatters made once per locale and options, then kept. Building one is slow (Chrome
 * loads the locale's data: a practice page with twenty questions spent about 30 ms on it, 120 ms
 * on a mid-range phone, issue 12), and formatting with one is fast. The same arguments give the
 * same formatter object.
 */
type Options =
	Intl.NumberFormatOptions | Intl.DateTimeFormatOptions | Intl.RelativeTimeFormatOptions;

const made = new Map<string, unknown>();

function kept<T>(kind: string, locale: string, options: Options, make: () => T): T {
	const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;
	let formatter = made.get(key) as T | undefined;
	if (formatter === undefined) {
		formatter = make();
		made.set(key, formatter);
	}
	return formatter;
}

export function numberFormat(
	locale: string,
	options: Intl.NumberFormatOptions = {}
): Intl.NumberFormat {
	return kept('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions = {}
): Intl.DateTimeFormat {
	return kept('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(
	locale: string,
	options: Intl.RelativeTimeFormatOptions = {}
): Intl.RelativeTimeFormat {
	return kept('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}
