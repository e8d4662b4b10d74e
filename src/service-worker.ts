/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline: precaches the app (build output, static files, every prerendered page) at install,
 * then serves it cache-first. A new version takes over once its cache is complete.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `fahm-${version}`;
// The font ships as woff2 only (browsers that need woff get the system face), and the published
// JSON Schema is for other tools, not for learners offline.
const ASSETS = [
	...build,
	...files.filter((file) => !file.endsWith('.woff') && !file.includes('/schema/')),
	...prerendered
];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
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
