/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline: precaches the app at install (its scripts and styles, static files, the lesson and
 * catalogue files, and the app shell), then serves it cache-first. Every navigation to a page is
 * answered with the app shell (routes/shell): the page renders in the browser from the cached
 * scripts and data, as it does when a learner follows a link within the app. The prerendered
 * pages are for a first visit, before this worker; storing them as well would double the
 * install's download (the article twice, in its page and in its file). A new version installs
 * beside the running one and waits: it takes over only when the page asks (the learner pressed
 * Reload, once their answers are saved), and then deletes every older cache.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { MEMORY_STORE } from './build/shell-chunk';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `fahm-${version}`;
/** The app shell's address: a page prerendered without server rendering. */
const SHELL = `${base}/shell`;
/** A page's address has no file extension; a file's does (`.json`, `.png`, `.webmanifest`). */
const isPage = (pathname: string) => !/\.[^/]*$/u.test(pathname);
// The font ships as woff2 only (browsers that need woff get the system face); the published JSON
// Schema is for other tools, and the screenshots and 512 px icons for the install sheet (the
// browser fetches them while installing, online), not for learners offline: icon-192 stays, the
// pages name it as their touch icon.
// The in-memory store is for browsers that refuse IndexedDB, which mostly refuse service workers
// too: it is left out of the install, and cached the first time a page fetches it.
const ASSETS = [
	...build.filter((file) => !file.includes(`/${MEMORY_STORE}.`)),
	...files.filter(
		(file) =>
			!file.endsWith('.woff') &&
			!file.includes('/schema/') &&
			!file.includes('/screenshots/') &&
			!/\/icons\/icon-512/u.test(file)
	),
	// The lesson and catalogue files; of the pages, the shell alone.
	...prerendered.filter((path) => !isPage(path) || path === SHELL)
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

/** Files whose name carries their content's hash: a copy from the network is kept for offline. */
const IMMUTABLE = `${base}/_app/immutable/`;

/** The cached response for a file, or for a page's address the app shell. */
async function fromCache(url: URL, navigate: boolean): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return cache.match(navigate && isPage(url.pathname) ? SHELL : url.pathname);
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cached = await fromCache(url, event.request.mode === 'navigate');
			if (cached) return cached;
			const response = await fetch(event.request);
			if (response.ok && url.pathname.startsWith(IMMUTABLE)) {
				const copy = response.clone();
				event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url.pathname, copy)));
			}
			return response;
		})()
	);
});
