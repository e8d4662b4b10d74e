import type { Browser, Response } from '@playwright/test';
import { assetKind } from './lib/assets';

/** How long after load the bench keeps counting what a page fetches without interaction. */
export const QUIET_WINDOW_MS = 10_000;

/** A script or style sheet a page fetched, and whether it came after the network first went idle. */
export interface LoadedAsset {
	url: string;
	kind: 'js' | 'css';
	/** `first`: by the network-idle point after load; `deferred`: later, within the window. */
	phase: 'first' | 'deferred';
	body: Uint8Array;
}

export interface LoadedPage {
	html: Uint8Array;
	assets: LoadedAsset[];
}

/**
 * Opens `path` as a learner's very first visit does (fresh context, service workers blocked, so
 * every file comes from the network), waits for network idle (what hydration imports: the first
 * part), then, without any input, until QUIET_WINDOW_MS after the load event and for network idle
 * again: the scripts a page fetches on its own later (a timer, an observer) are the
 * deferred part. Real time, not a fast-forwarded clock: on a loaded machine hydration can end
 * after a fake clock has already run its ten seconds, and the timers would then never fire.
 */
export async function loadPage(
	browser: Browser,
	baseUrl: string,
	path: string
): Promise<LoadedPage> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const seen: { response: Response; kind: LoadedAsset['kind']; phase: LoadedAsset['phase'] }[] =
			[];
		let phase: LoadedAsset['phase'] = 'first';
		page.on('response', (response) => {
			const kind = assetKind(response.url(), response.headers()['content-type']);
			if (kind !== undefined && !seen.some((s) => s.response.url() === response.url()))
				seen.push({ response, kind, phase });
		});
		// Requests under way, to wait for the last timer's fetches (a page's "networkidle" state is
		// reached once and stays reached, so it cannot be waited for a second time).
		let inflight = 0;
		page.on('request', () => inflight++);
		page.on('requestfinished', () => inflight--);
		page.on('requestfailed', () => inflight--);
		const url = new URL(path, baseUrl).href;
		const document = await page.goto(url, { waitUntil: 'load' });
		if (!document?.ok()) throw new Error(`${url} answered ${document?.status() ?? 'nothing'}`);
		const loadedAt = Date.now();
		const html = await document.body();
		await page.waitForLoadState('networkidle');
		phase = 'deferred';
		await page.waitForTimeout(Math.max(0, QUIET_WINDOW_MS - (Date.now() - loadedAt)));
		for (let quiet = 0; quiet < 500; quiet = inflight > 0 ? 0 : quiet + 100)
			await page.waitForTimeout(100);
		const assets: LoadedAsset[] = [];
		for (const { response, kind, phase: at } of seen) {
			if (!response.ok()) throw new Error(`${response.url()} answered ${response.status()}`);
			assets.push({ url: response.url(), kind, phase: at, body: await response.body() });
		}
		return { html, assets };
	} finally {
		await context.close();
	}
}
