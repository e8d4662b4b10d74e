import type { ReadyBenchMeasure } from './measure';

/**
 * Bytes the service worker stores at install, read back from Cache Storage: the download an
 * install costs over a poor connection. Raw bytes (as stored), not gzip.
 */
export const precache: ReadyBenchMeasure = {
	name: 'precache',
	how: 'fresh context, open /, wait for navigator.serviceWorker.ready, sum every cached body',
	kind: 'size',
	scope: 'app',
	metrics: [
		{ key: 'bytes', label: 'precache (raw)', unit: 'bytes', budget: 'precacheBytes' },
		{ key: 'files', label: 'precache files', unit: 'count', budget: 'precacheFiles' }
	],
	async run({ browser, baseUrl }) {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const home = await page.goto(new URL('/', baseUrl).href);
			if (!home?.ok()) throw new Error(`/ answered ${home?.status() ?? 'nothing'}`);
			// `ready` resolves once the worker is active, which is after install filled the cache.
			return await page.evaluate(async () => {
				const timeout = new Promise<never>((_, reject) =>
					setTimeout(() => reject(new Error('no service worker became ready in 30 s')), 30_000)
				);
				await Promise.race([navigator.serviceWorker.ready, timeout]);
				let bytes = 0;
				let files = 0;
				for (const name of await caches.keys()) {
					const cache = await caches.open(name);
					for (const request of await cache.keys()) {
						const response = await cache.match(request);
						if (!response) continue;
						bytes += (await response.arrayBuffer()).byteLength;
						files += 1;
					}
				}
				return { bytes, files };
			});
		} finally {
			await context.close();
		}
	}
};
