import type { Pathname } from '$app/types';
import { resolve } from '$app/paths';
import { localizeHref, type Locale } from '$lib/paraglide/runtime';

/**
 * A link to an app path in the current (or the given) UI language, base path applied.
 * Localizes first, then resolves: the reverse yields prerender-host URLs.
 */
export function localHref(path: string, locale?: Locale): string {
	// Paraglide writes the Arabic home as '/ar/'; the prerendered page is '/ar'.
	const localized = localizeHref(path, locale ? { locale } : undefined).replace(/(.)\/$/u, '$1');
	return resolve(localized as Pathname);
}
