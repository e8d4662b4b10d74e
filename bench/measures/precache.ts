import { sumBodies } from '../lib/assets';
import type { ReadyBenchMeasure } from './measure';

/**
 * What the service worker stores at install, read back from Cache Storage: the download an install
 * costs over a poor connection. The budgeted figure is the transfer: each body gzipped at level 9
 * as a static host sends it, or as it is when that is smaller (fonts, images). The raw total (as
 * stored) is shown beside it without a budget.
 */
export const precache: ReadyBenchMeasure = {
	name: 'precache',
	how: 'fresh context, open /, wait for navigator.serviceWorker.ready, read every cached body: min(raw, gzip -9) each, and raw',
	kind: 'size',
	scope: 'app',
	metrics: [
		{
			key: 'transferBytes',
			label: 'precache (transfer, gzip)',
			unit: 'bytes',
			budget: 'precacheTransferBytes'
		},
		{ key: 'rawBytes', label: 'precache (raw)', unit: 'bytes', budget: 'precacheRawBytes' },
		{ key: 'files', label: 'precache files', unit: 'count', budget: 'precacheFiles' }
	],
	async run({ browser, baseUrl }) {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const home = await page.goto(new URL('/', baseUrl).href);
			if (!home?.ok()) throw new Error(`/ answered ${home?.status() ?? 'nothing'}`);
			// `ready` resolves once the worker is active, which is after install filled the cache.
			// Bodies come back base64-encoded, to be gzipped here in Node.
			const encoded = await page.evaluate(async () => {
				const timeout = new Promise<never>((_, reject) =>
					setTimeout(() => reject(new Error('no service worker became ready in 30 s')), 30_000)
				);
				await Promise.race([navigator.serviceWorker.ready, timeout]);
				// Bodies as data: URLs, read inline: tsx would wrap a named helper in `__name`, which
				// the page does not have.
				const bodies: string[] = [];
				for (const name of await caches.keys()) {
					const cache = await caches.open(name);
					for (const request of await cache.keys()) {
						const blob = await (await cache.match(request))?.blob();
						if (blob === undefined) continue;
						if (blob.size === 0) {
							bodies.push('');
							continue;
						}
						const reader = new FileReader();
						const read = new Promise((resolve, reject) => {
							reader.onload = resolve;
							reader.onerror = () => reject(reader.error ?? new Error('could not read a body'));
						});
						reader.readAsDataURL(blob);
						await read;
						bodies.push(String(reader.result).replace(/^[^,]*,/u, ''));
					}
				}
				return bodies;
			});
			const { raw, transfer, files } = sumBodies(
				encoded.map((body) => new Uint8Array(Buffer.from(body, 'base64')))
			);
			return { transferBytes: transfer, rawBytes: raw, files };
		} finally {
			await context.close();
		}
	}
};
