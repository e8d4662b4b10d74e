import type { Pathname } from '$app/types';
import { resolve } from '$app/paths';
import { localizePath } from '$lib/locale-path';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * `resolve` for a path known only as the app runs: its typed form takes one route at a time, and
 * past 25 routes TypeScript no longer matches a union of paths against it.
 */
export const resolvePath = resolve as (path: Pathname) => string;

/**
 * A link to an app path in the current (or the given) UI language, base path applied.
 * Localizes first, then resolves: the reverse yields prerender-host URLs.
 */
export function localHref(path: string, locale: Locale = getLocale()): string {
	return resolvePath(localizePath(path, locale) as Pathname);
}
