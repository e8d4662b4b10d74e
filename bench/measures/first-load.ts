import type { Response } from '@playwright/test';
import { assetKind, gzipBytes } from '../lib/assets';
import type { ReadyBenchMeasure } from './measure';

/**
 * JS and CSS a first visit downloads, in gzip bytes. Service workers are blocked so every file
 * comes from the network, as on a learner's very first visit; waiting for network idle catches
 * the chunks SvelteKit imports while hydrating.
 */
export const firstLoad: ReadyBenchMeasure = {
	name: 'first-load',
	how: 'fresh context, service workers blocked, load until network idle, gzip -9 each JS/CSS body',
	kind: 'size',
	scope: 'route',
	metrics: [
		{ key: 'js', label: 'JS, first load (gzip)', unit: 'bytes', budget: 'jsGzipBytes' },
		{ key: 'css', label: 'CSS, first load (gzip)', unit: 'bytes', budget: 'cssGzipBytes' },
		{ key: 'html', label: 'HTML document (gzip)', unit: 'bytes', budget: 'htmlGzipBytes' }
	],
	async run({ browser, baseUrl }, route) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		try {
			const page = await context.newPage();
			const responses: Response[] = [];
			page.on('response', (response) => responses.push(response));
			const url = new URL(route?.path ?? '/', baseUrl).href;
			const document = await page.goto(url, { waitUntil: 'networkidle' });
			if (!document?.ok()) throw new Error(`${url} answered ${document?.status() ?? 'nothing'}`);
			const totals = { js: 0, css: 0, html: gzipBytes(await document.body()) };
			const seen = new Set<string>();
			for (const response of responses) {
				const kind = assetKind(response.url(), response.headers()['content-type']);
				if (kind === undefined || seen.has(response.url())) continue;
				if (!response.ok()) throw new Error(`${response.url()} answered ${response.status()}`);
				seen.add(response.url());
				totals[kind] += gzipBytes(await response.body());
			}
			return totals;
		} finally {
			await context.close();
		}
	}
};
