import type { Pathname } from '$app/types';
import { resolve } from '$app/paths';
import { localizePath } from '$lib/locale-path';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * A link to an app path in the current (or the given) UI language, base path applied.
 * Localizes first, then resolves: the reverse yields prerender-host URLs.
 */
export function localHref(path: string, locale: Locale = getLocale()): string {
	return resolve(localizePath(path, locale) as Pathname);
}
