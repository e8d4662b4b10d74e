import { gzipBytes } from '../lib/assets';
import { loadPage } from '../page-load';
import type { ReadyBenchMeasure } from './measure';

/**
 * JS and CSS a first visit downloads, in gzip bytes: everything fetched within ten seconds of load
 * without interaction (page-load.ts), so a page that fetches code on its own after load (a timer,
 * or an observer of what is in view) is counted whole. The part fetched after the network first went idle is
 * reported apart as "deferred"; the budget judges the whole.
 */
export const firstLoad: ReadyBenchMeasure = {
	name: 'first-load',
	how: 'fresh context, service workers blocked, load, network idle, then until 10 s after load without input; gzip -9 each JS/CSS body',
	kind: 'size',
	scope: 'route',
	metrics: [
		{ key: 'js', label: 'JS, first 10 s (gzip)', unit: 'bytes', budget: 'jsGzipBytes' },
		{ key: 'jsDeferred', label: '  of which after idle', unit: 'bytes' },
		{ key: 'css', label: 'CSS, first 10 s (gzip)', unit: 'bytes', budget: 'cssGzipBytes' },
		{ key: 'html', label: 'HTML document (gzip)', unit: 'bytes', budget: 'htmlGzipBytes' }
	],
	async run({ browser, baseUrl }, route) {
		const { html, assets } = await loadPage(browser, baseUrl, route?.path ?? '/');
		const totals = { js: 0, jsDeferred: 0, css: 0, html: gzipBytes(html) };
		for (const asset of assets) {
			const bytes = gzipBytes(asset.body);
			totals[asset.kind] += bytes;
			if (asset.kind === 'js' && asset.phase === 'deferred') totals.jsDeferred += bytes;
		}
		return totals;
	}
};
