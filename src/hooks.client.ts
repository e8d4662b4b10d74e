import type { ClientInit } from '@sveltejs/kit';
import { perAddress } from '$lib/locale-path';
import { startAfterPaint } from '$lib/paint-first';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

// The UI language follows the address alone (the url strategy always answers, English when there
// is no language segment), yet Paraglide works it out anew for every message: remember it until
// the address changes. Runs before the first page hydrates.
overwriteGetLocale(perAddress(getLocale, () => window.location.href));

// SvelteKit waits for this before it loads the page's code: a learner's page paints first.
export const init: ClientInit = () => startAfterPaint();
