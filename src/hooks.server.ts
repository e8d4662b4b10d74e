import type { Handle } from '@sveltejs/kit';
import { version } from '$app/environment';
import { lessonDataPreload } from '$lib/content/lesson-data';
import { deferPreloads, paintsFirst } from '$lib/paint-first';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getTextDirection } from '$lib/paraglide/runtime';

// Runs while prerendering: each page gets the `lang` and `dir` of the locale in its URL, and a
// page that opens a lesson starts downloading the lesson's data with its HTML; a learner's page
// holds that and its scripts until its first paint (paint-first.ts).
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				const page = html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale))
					.replace(
						'%fahm.preload%',
						lessonDataPreload(event.route.id, event.params, event.url.pathname, version)
					);
				return paintsFirst(event.route.id) ? deferPreloads(page) : page;
			}
		});
	});
