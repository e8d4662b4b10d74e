import type { ReadyBenchMeasure } from './measure';

/**
 * How long a reading page takes to come back with no network, served by the service worker:
 * what a learner on a train feels. The worker answers with the app shell, which renders the page
 * in the browser: timed by the page itself, from the start of the navigation until its main
 * heading is on the page, so Playwright's own round trips are not counted.
 */
export const offlineReload: ReadyBenchMeasure = {
	name: 'offline-reload',
	how: 'visit, wait until the service worker controls the page, go offline, reload: time until the main heading is on the page',
	kind: 'timing',
	scope: 'route',
	appliesTo: (route) => route.offline,
	metrics: [{ key: 'ms', label: 'offline reload (SW)', unit: 'ms', budget: 'offlineReloadMs' }],
	async run({ browser, baseUrl }, route) {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const url = new URL(route?.path ?? '/', baseUrl).href;
			const first = await page.goto(url, { waitUntil: 'load' });
			if (!first?.ok()) throw new Error(`${url} answered ${first?.status() ?? 'nothing'}`);
			// The worker claims open pages on activation; wait for that, not just for `ready`.
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
				timeout: 30_000
			});
			await context.setOffline(true);
			const response = await page.reload({ waitUntil: 'load' });
			if (!response?.ok() || !response.fromServiceWorker())
				throw new Error(`offline reload of ${page.url()} was not served by the service worker`);
			// Checked every frame; performance.now() counts from the navigation's start.
			const ms = await page.waitForFunction(() =>
				document.querySelector('main h1') ? performance.now() : false
			);
			return { ms: (await ms.jsonValue()) as number };
		} finally {
			await context.close();
		}
	}
};
