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
 * every file comes from the network), waits for network idle (what hydration imports), then lets
 * the page's clock run QUIET_WINDOW_MS without any input and waits for network idle again: the
 * scripts its timers fetch (woven questions wake 2.5 s after load) are the deferred part. The
 * clock is Playwright's fake one, fast-forwarded, so the ten seconds cost well under one.
 */
export async function loadPage(
	browser: Browser,
	baseUrl: string,
	path: string
): Promise<LoadedPage> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		await page.clock.install();
		const seen: { response: Response; kind: LoadedAsset['kind']; phase: LoadedAsset['phase'] }[] =
			[];
		let phase: LoadedAsset['phase'] = 'first';
		page.on('response', (response) => {
			const kind = assetKind(response.url(), response.headers()['content-type']);
			if (kind !== undefined && !seen.some((s) => s.response.url() === response.url()))
				seen.push({ response, kind, phase });
		});
		const url = new URL(path, baseUrl).href;
		const document = await page.goto(url, { waitUntil: 'networkidle' });
		if (!document?.ok()) throw new Error(`${url} answered ${document?.status() ?? 'nothing'}`);
		const html = await document.body();
		phase = 'deferred';
		await page.clock.runFor(QUIET_WINDOW_MS);
		await page.waitForLoadState('networkidle');
		// A fetch started by the last timers may still be under way at this point.
		await page.waitForTimeout(500);
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
