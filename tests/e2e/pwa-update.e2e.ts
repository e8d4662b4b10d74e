/**
 * A new release arrives while a learner is half-way through an answer (issue 14): release A is
 * served and installed, the learner types half an answer, release B is deployed on the same
 * origin; the page says an update is available and waits; Reload saves the answer, moves to B and
 * brings the answer back. Then every page works offline, from B's cache alone, and Chromium finds
 * nothing stopping installation.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test, type BrowserContext, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { expect, expectNoAxeViolations } from './fixtures';
import { questionHeading, walkToFirstShortAnswer } from './quiz-walk';
import { SwitchServer } from './switch-server';

const LESSON = 'shoigu-tehran-2023';
// Beside the port the other tests use: this test serves its own two releases on one origin.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RELEASE_A_DIR = 'build';
const RELEASE_B_DIR = 'reports/e2e-release-b';

const releaseOf = (dir: string) =>
	(JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string }).version;

let server: SwitchServer;
let context: BrowserContext;
let profile: string;
let releaseB: string;

test.beforeAll(async () => {
	// Release B: the same code, built again under another release name, into its own folders.
	test.setTimeout(300_000);
	releaseB = `e2e-b-${Date.now().toString(36)}`;
	execFileSync('npx', ['vite', 'build'], {
		env: {
			...process.env,
			FAHM_VERSION: releaseB,
			FAHM_BUILD_DIR: RELEASE_B_DIR,
			FAHM_KIT_DIR: 'reports/e2e-kit-b'
		},
		stdio: 'ignore'
	});
	server = new SwitchServer(RELEASE_A_DIR);
	await server.listen(PORT);
	// A real profile: an off-the-record one reports `in-incognito` as an installability error.
	profile = mkdtempSync(join(tmpdir(), 'fahm-pwa-'));
	context = await chromium.launchPersistentContext(profile, {
		...playwrightConfig.use?.launchOptions,
		baseURL: ORIGIN,
		viewport: { width: 1280, height: 800 }
	});
});

test.afterAll(async () => {
	await context?.close();
	await server?.close();
	rmSync(profile, { recursive: true, force: true });
});

/** No sideways scrolling at a phone's width. */
async function expectNoSidewaysScroll(page: Page) {
	const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
	expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
}

test('an update waits for Reload, keeps the half-typed answer, and works offline after', async () => {
	test.setTimeout(300_000);
	const releaseA = releaseOf(RELEASE_A_DIR);
	expect(releaseA).not.toBe(releaseB);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));

	// Release A, installed by its service worker.
	await page.goto('/practice/' + LESSON + '/quiz');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	const target = await walkToFirstShortAnswer(page);
	const heading = questionHeading(page);
	const field = page.getByRole('textbox', { name: 'Your answer (in Arabic)' });
	await field.click();
	await page.keyboard.type('طهر');
	await expect(field).toHaveValue('طهر');

	// Release B is deployed. The browser finds it (here: asked at once) and installs it beside A.
	server.dir = RELEASE_B_DIR;
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.ready).update();
	});
	const notice = page.getByRole('status').filter({ hasText: 'Update available' });
	await expect(notice).toBeVisible({ timeout: 30_000 });
	// It waits: the answer is still on screen, nothing reloaded.
	await expect(field).toHaveValue('طهر');
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 360, height: 740 });
	await expectNoSidewaysScroll(page);
	await page.setViewportSize({ width: 1280, height: 800 });

	await Promise.all([
		page.waitForEvent('load'),
		notice.getByRole('button', { name: 'Reload' }).click()
	]);
	// Back where the learner was, with the half answer, under release B.
	await expect(heading).toHaveText(new RegExp(`^Question ${target + 1} of`, 'u'));
	await expect(page.getByRole('textbox', { name: 'Your answer (in Arabic)' })).toHaveValue('طهر');
	await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toHaveCount(0);
	expect(await page.evaluate(() => caches.keys())).toEqual([`fahm-${releaseB}`]);
	await expectNoAxeViolations(page);

	// Nothing stops installation.
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);

	// Every page, offline, from release B's cache.
	await context.setOffline(true);
	const pages: [string, string][] = [
		['/', 'Lessons'],
		['/read', 'Read'],
		[`/read/${LESSON}`, ''],
		['/practice', ''],
		[`/practice/${LESSON}`, ''],
		[`/practice/${LESSON}/quiz`, 'Quiz'],
		[`/practice/${LESSON}/vocabulary`, ''],
		['/review', ''],
		['/progress', ''],
		['/teach', ''],
		['/device', 'This device'],
		['/ar', 'الدروس'],
		['/ar/device', 'هذا الجهاز'],
		[`/ar/read/${LESSON}`, '']
	];
	for (const [path, title] of pages) {
		await page.goto(path);
		if (title) await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		else await expect(page.getByRole('heading', { level: 1 }).first()).not.toBeEmpty();
		await expectNoAxeViolations(page);
	}
	await page.goto('/device');
	// The release name is isolated (FSI ... PDI) inside the sentence.
	await expect(page.getByText(`Version \u2068${releaseB}\u2069`)).toBeVisible();
	await page.setViewportSize({ width: 360, height: 740 });
	await expectNoSidewaysScroll(page);
	await context.setOffline(false);
	expect(errors).toEqual([]);
});
