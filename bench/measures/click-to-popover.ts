import { percentile } from '../lib/stats';
import type { ReadyBenchMeasure } from './measure';

/** Clicks per run, each on a different word spread through the article. */
const CLICKS = 40;

declare global {
	interface Window {
		/** Set by the bench's click listener: resolves to the ms from the click to the paint. */
		__fahmBenchPopover?: Promise<number>;
	}
}

/**
 * Put into the page before its own scripts. A capturing click listener on the window (before
 * Svelte's delegated handler) notes the time, then looks at each animation frame for a visible
 * dialog; once there is one, the frame after it starts after the popover was painted, and that is
 * when the timing stops. No named functions inside: tsx would wrap them in a helper (`__name`)
 * that the page does not have.
 */
function listenForClicks() {
	window.addEventListener(
		'click',
		(event) => {
			if (!(event.target instanceof Element) || !event.target.closest('button.word')) return;
			const start = performance.now();
			window.__fahmBenchPopover = (async () => {
				for (;;) {
					await new Promise((resolve) => requestAnimationFrame(resolve));
					const dialogs = [...document.querySelectorAll('[role="dialog"]')];
					if (dialogs.some((d) => d.checkVisibility())) break;
					if (performance.now() - start > 5000) throw new Error('no dialog 5 s after a click');
				}
				await new Promise((resolve) => requestAnimationFrame(resolve));
				return performance.now() - start;
			})();
		},
		{ capture: true }
	);
}

/**
 * Time from a click on a word in the reader to its details popover (role=dialog) being painted,
 * measured in the page itself so Playwright's round trips are not counted: p50 and p95 over
 * CLICKS different words per run, Esc closing the popover between clicks. Service workers are
 * blocked so an install in the background does not compete with the clicks.
 */
export const clickToPopover: ReadyBenchMeasure = {
	name: 'click-to-popover',
	how: `click ${CLICKS} different words on the reading page, Esc between; click event -> frame after the dialog is visible; p50, p95 per run`,
	kind: 'timing',
	scope: 'route',
	appliesTo: (route) => route.popover === true,
	metrics: [
		{ key: 'p50Ms', label: 'click to popover p50', unit: 'ms', budget: 'clickToPopoverP50Ms' },
		{ key: 'p95Ms', label: 'click to popover p95', unit: 'ms', budget: 'clickToPopoverP95Ms' }
	],
	async run({ browser, baseUrl }, route) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		try {
			const page = await context.newPage();
			await page.addInitScript(listenForClicks);
			const url = new URL(route?.path ?? '/', baseUrl).href;
			const response = await page.goto(url, { waitUntil: 'networkidle' });
			if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
			const words = page.locator('article button.word');
			const count = await words.count();
			if (count < CLICKS) throw new Error(`${url} has ${count} words, fewer than ${CLICKS}`);
			const dialog = page.getByRole('dialog');
			const times: number[] = [];
			for (let i = 0; i < CLICKS; i++) {
				// Words spread evenly from the headline to the last paragraph.
				const word = words.nth(Math.floor((i * count) / CLICKS));
				await page.evaluate(() => delete window.__fahmBenchPopover);
				await word.click();
				const ms = await page.evaluate(() => window.__fahmBenchPopover);
				if (ms === undefined) throw new Error(`clicking word ${i + 1} was not seen by the page`);
				times.push(ms);
				await page.keyboard.press('Escape');
				await dialog.waitFor({ state: 'hidden' });
			}
			return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
		} finally {
			await context.close();
		}
	}
};
