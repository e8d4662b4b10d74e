/**
 * The UI language lives in the address: English at the root, every other language under its own
 * first segment (`/ar/...`), as Paraglide's url strategy with its default patterns writes it.
 * Paraglide parses the whole address with its URL patterns on every message and every link it
 * localizes (hundreds of times while a page hydrates: tens of milliseconds on a throttled CPU);
 * these do the same work with a string test. The unit tests check them against Paraglide's own
 * functions.
 */
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';

const PREFIX = new RegExp(
	`^/(${locales.filter((l) => l !== baseLocale).join('|')})(?=[/?#]|$)`,
	'u'
);

/**
 * An app path (with or without a language segment, with any query or hash) in `locale`. The home
 * of a prefixed language is `/ar`, never `/ar/` (the prerendered page has no trailing slash), with
 * a query or hash too, where Paraglide would write `/ar/?seed=1`.
 */
export function localizePath(path: string, locale: Locale): string {
	const split = path.search(/[?#]/u);
	const pathname = split === -1 ? path : path.slice(0, split);
	const rest = split === -1 ? '' : path.slice(split);
	const bare = pathname.replace(PREFIX, '').replace(/(.)\/$/u, '$1') || '/';
	if (locale === baseLocale) return bare + rest;
	return `/${locale}${bare === '/' ? '' : bare}${rest}`;
}

/** A pathname without its language segment: `/ar/read/x` -> `/read/x`, `/ar` -> `/`. */
export function delocalizePath(pathname: string): string {
	return pathname.replace(PREFIX, '') || '/';
}

/**
 * `read` (the locale of the current address), remembered until the address changes: the same
 * answer, worked out once per page instead of once per message.
 */
export function perAddress(read: () => Locale, address: () => string): () => Locale {
	let last: { address: string; locale: Locale } | undefined;
	return () => {
		const now = address();
		if (last?.address !== now) last = { address: now, locale: read() };
		return last.locale;
	};
}
