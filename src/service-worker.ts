/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline: precaches the app (build output, static files, every prerendered page) at install,
 * then serves it cache-first. A new version installs beside the running one and waits: it takes
 * over only when the page asks (the learner pressed Reload, once their answers are saved), and
 * then deletes every older cache.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `fahm-${version}`;
// The font ships as woff2 only (browsers that need woff get the system face); the published JSON
// Schema is for other tools, and the screenshots and 512 px icons for the install sheet (the
// browser fetches them while installing, online), not for learners offline: icon-192 stays, the
// pages name it as their touch icon.
const ASSETS = [
	...build,
	...files.filter(
		(file) =>
			!file.endsWith('.woff') &&
			!file.includes('/schema/') &&
			!file.includes('/screenshots/') &&
			!/\/icons\/icon-512/u.test(file)
	),
	...prerendered
];

/** What the page sends the waiting worker when the learner chose to update (state/app-update). */
const SKIP_WAITING = 'skip-waiting';

sw.addEventListener('install', (event) => {
	// `reload` skips the HTTP cache: every file comes from this release, never an older copy.
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' }))))
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

/** The cached response for a request, matching prerendered pages with or without `.html`. */
async function fromCache(url: URL): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return (
		(await cache.match(url.pathname)) ??
		(await cache.match(url.pathname.replace(/\/$/u, '') || '/')) ??
		(await cache.match(`${url.pathname}.html`))
	);
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cached = await fromCache(url);
			if (cached) return cached;
			try {
				return await fetch(event.request);
			} catch (error) {
				if (event.request.mode === 'navigate') {
					const home = await fromCache(new URL('/', url));
					if (home) return home;
				}
				throw error;
			}
		})()
	);
});
