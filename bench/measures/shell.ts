import { gzipBytes } from '../lib/assets';
import { commonToAll, startScripts } from '../lib/shell';
import type { Route } from '../lib/types';
import type { ReadyBenchMeasure } from './measure';

async function fetchBody(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** Gzip bytes of the scripts all `routes` start with (their HTML names them all). */
async function shellBytes(baseUrl: string, routes: readonly Route[]): Promise<number> {
	const lists: string[][] = [];
	for (const route of routes) {
		const url = new URL(route.path, baseUrl).href;
		lists.push(startScripts(new TextDecoder().decode(await fetchBody(url)), url));
	}
	const shared = commonToAll(lists);
	if (shared.length === 0) throw new Error(`no script common to ${routes.length} pages`);
	let total = 0;
	for (const script of shared) total += gzipBytes(await fetchBody(script));
	return total;
}

/**
 * The app shell in each interface language: the scripts every learner page starts with, its own
 * content aside (issue 12: "the shell at most 38 KB"). The pages themselves are budgeted whole by
 * first-load; this is the part no page can do without.
 */
export const shell: ReadyBenchMeasure = {
	name: 'shell',
	how: "every learner route's prerendered HTML, per language: the scripts all of them name (classic, module preloads, SvelteKit's entry imports), gzip -9 each",
	kind: 'size',
	scope: 'app',
	metrics: [
		{ key: 'en', label: 'shell JS, English (gzip)', unit: 'bytes', budget: 'shellJsGzipBytes' },
		{ key: 'ar', label: 'shell JS, Arabic (gzip)', unit: 'bytes', budget: 'shellJsGzipBytes' }
	],
	async run({ baseUrl, routes }) {
		const arabic = routes.filter((r) => r.path === '/ar' || r.path.startsWith('/ar/'));
		const english = routes.filter((r) => !arabic.includes(r));
		return { en: await shellBytes(baseUrl, english), ar: await shellBytes(baseUrl, arabic) };
	}
};
