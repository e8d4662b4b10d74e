import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { perAddress } from '$lib/locale-path';
import { startAfterPaint } from '$lib/paint-first';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

// The UI language follows the address alone (the url strategy always answers, English when there
// is no language segment), yet Paraglide works it out anew for every message: remember it until
// the address changes. Runs before the first page hydrates.
overwriteGetLocale(perAddress(getLocale, () => window.location.href));

// SvelteKit waits for this before it loads the page's code: a learner's page paints first.
export const init: ClientInit = () => startAfterPaint();

// An address with no page (the app shell renders every address it is given) is answered by the
// error page's "Page not found"; it is not a fault of the app's, to be logged as one.
export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(error);
};
