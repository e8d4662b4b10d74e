import type { Browser } from '@playwright/test';
import { assetKind, gzipBytes } from '../lib/assets';
import { commonToAll } from '../lib/shell';
import type { Route } from '../lib/types';
import type { ReadyBenchMeasure } from './measure';

/** The scripts a first visit to `path` fetches by the time the network is idle after load. */
async function startScripts(
	browser: Browser,
	baseUrl: string,
	path: string
): Promise<Map<string, Uint8Array>> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const bodies: Promise<[string, Uint8Array]>[] = [];
		page.on('response', (response) => {
			if (assetKind(response.url(), response.headers()['content-type']) !== 'js') return;
			bodies.push(response.body().then((body) => [response.url(), body]));
		});
		const url = new URL(path, baseUrl).href;
		const document = await page.goto(url, { waitUntil: 'networkidle' });
		if (!document?.ok()) throw new Error(`${url} answered ${document?.status() ?? 'nothing'}`);
		return new Map(await Promise.all(bodies));
	} finally {
		await context.close();
	}
}

/** Gzip bytes of the scripts every one of `routes` fetches as it starts. */
async function shellBytes(browser: Browser, baseUrl: string, routes: readonly Route[]) {
	const pages: Map<string, Uint8Array>[] = [];
	for (const route of routes) pages.push(await startScripts(browser, baseUrl, route.path));
	const shared = commonToAll(pages.map((scripts) => [...scripts.keys()]));
	if (shared.length === 0) throw new Error(`no script common to ${routes.length} pages`);
	return shared.reduce((total, url) => total + gzipBytes(pages[0]!.get(url)!), 0);
}

/**
 * The app shell in each interface language: the scripts every learner page fetches as it starts
 * (a first visit, up to network idle after load), whatever its content: SvelteKit, Svelte, the
 * root layout with header and footer, the boot script (issue 12: "the shell at most 38 KB"). The
 * pages are budgeted whole by first-load; this is the part no page does without.
 */
export const shell: ReadyBenchMeasure = {
	name: 'shell',
	how: 'each learner route in one language, fresh context, service workers blocked, load to network idle; the JS all of them fetched, gzip -9 each',
	kind: 'size',
	scope: 'app',
	metrics: [
		{ key: 'en', label: 'shell JS, English (gzip)', unit: 'bytes', budget: 'shellJsGzipBytes' },
		{ key: 'ar', label: 'shell JS, Arabic (gzip)', unit: 'bytes', budget: 'shellJsGzipBytes' }
	],
	async run({ browser, baseUrl, routes }) {
		const arabic = routes.filter((r) => r.path === '/ar' || r.path.startsWith('/ar/'));
		const english = routes.filter((r) => !arabic.includes(r));
		return {
			en: await shellBytes(browser, baseUrl, english),
			ar: await shellBytes(browser, baseUrl, arabic)
		};
	}
};
