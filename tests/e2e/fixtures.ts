import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Runs axe on the page as it is now and fails the test on any violation, listing each one. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	// Once the offline worker runs, a page opens as the app shell and renders in the browser: check
	// the page the learner gets, once the layout's <main> is there (title and content come with it).
	await page.locator('main#main').waitFor({ state: 'attached', timeout: 20_000 });
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * The test fixture every e2e test uses: it records each page the test loads and runs axe on it
 * after the test body, and fails on console errors (a CSP violation shows up there).
 */
export const test = base.extend<{ axeEachPage: void }>({
	axeEachPage: [
		async ({ page }, use, testInfo) => {
			const errors: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error') errors.push(msg.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			const visited = new Set<string>();
			page.on('load', () => visited.add(page.url()));
			await use();
			// A test skipped in its body (test.skip / test.fixme with a condition) opened no page.
			if (testInfo.status === 'skipped') return;
			// axe the page the test ends on, and re-open each other page it loaded for a check too.
			await expectNoAxeViolations(page);
			const last = page.url();
			for (const url of visited) {
				if (url === last || url === 'about:blank') continue;
				await page.goto(url);
				await expectNoAxeViolations(page);
			}
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Woven practice: scrolls to the first question section, as a learner reading on does (the
 * questions' code comes as they near it), and waits for the questions (seconds on a busy machine).
 */
export async function comeToWovenQuestions(page: Page): Promise<void> {
	await page.locator('.woven section.after').first().scrollIntoViewIfNeeded();
	await expect(page.locator('.woven [id$="-prompt"]').first()).toBeAttached({ timeout: 20_000 });
}

/**
 * The vocabulary drill at `path`: presses its Start button, in either interface, as a learner
 * does, and waits for the first question (focus moves to its heading).
 */
export async function startDrill(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.getByRole('button', { name: /^(Start the drill|ابدأ التدريب)$/u }).click();
	await expect(page.locator('h2#vocab-heading')).toBeFocused({ timeout: 20_000 });
}
