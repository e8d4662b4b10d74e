import { expect, expectNoAxeViolations, test } from './fixtures';

test('home lists the seed lesson in English, left to right', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
	const lesson = page
		.getByRole('main')
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'وزير الدفاع الروسي في إيران' }) });
	await expect(lesson.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'ar');
	await expect(lesson.getByRole('heading', { level: 2 })).toHaveAttribute('dir', 'rtl');
	await expect(lesson).toContainText(/\d+ words/u);
	await expect(lesson).toContainText('Level B2');
	await expect(lesson).toContainText('Source:');
	const footer = page.getByRole('contentinfo');
	await expect(footer).toContainText('Fahm stores your progress on this device only.');
	await expect(footer.getByRole('link')).toHaveText(['Sources and licences', 'This device']);
});

for (const ui of [
	{
		home: '/',
		link: 'Sources and licences',
		lesson: '/read/shoigu-tehran-2023',
		font: 'Read the font’s licence'
	},
	{
		home: '/ar',
		link: 'المصادر والتراخيص',
		lesson: '/ar/read/shoigu-tehran-2023',
		font: 'اقرأ رخصة الخط'
	}
])
	test(`the footer leads to every lesson's source and licence, and the font's (${ui.home})`, async ({
		page
	}) => {
		await page.goto(ui.home);
		await page.getByRole('contentinfo').getByRole('link', { name: ui.link }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.link);
		const main = page.getByRole('main');
		const lesson = main.getByRole('listitem').filter({ hasText: 'وزير الدفاع الروسي في إيران' });
		await expect(lesson).toContainText('copyright remains with the original publisher');
		await expect(lesson.getByRole('link')).toHaveAttribute('href', ui.lesson);
		await expectNoAxeViolations(page);
		// The typeface's licence ships with the app, as the licence asks.
		const licence = await main.getByRole('link', { name: ui.font }).getAttribute('href');
		const text = await (await page.request.get(licence!)).text();
		expect(text).toContain('SIL OPEN FONT LICENSE Version 1.1');
		expect(text).toContain('Copyright 2022 The Noto Project Authors');
	});

test('home in Arabic is right to left with Arabic navigation', async ({ page }) => {
	await page.goto('/ar');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1, name: 'الدروس' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
	await expect(nav.getByRole('link')).toHaveText([
		/اقرأ/u,
		/تدرّب/u,
		/راجع/u,
		/تقدّمك/u,
		/للمعلّمين/u
	]);
	// The layout mirrors: the brand sits at the right edge in Arabic.
	const brand = await page.getByRole('link', { name: 'الصفحة الرئيسية لفهم' }).boundingBox();
	const width = page.viewportSize()!.width;
	expect(brand!.x + brand!.width).toBeGreaterThan(width / 2);
});

test('the language choice persists and the start page opens in it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL(/\/ar$/u);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoAxeViolations(page);
	// Opening the app's start page again (as an installed app does) keeps Arabic.
	await page.goto('/');
	await expect(page).toHaveURL(/\/ar$/u);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/u);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the teacher page is built and marked current, in both languages', async ({ page }) => {
	await page.goto('/teach');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teach');
	await expect(page.getByRole('link', { name: 'Teach' })).toHaveAttribute('aria-current', 'page');
	await page.goto('/ar/teach');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('للمعلّمين');
});

test('the theme switch overrides the device theme and persists', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const background = () =>
		page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const light = await background();
	await page.getByLabel('Theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background()).not.toBe(light);
	await expectNoAxeViolations(page);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByLabel('Theme')).toHaveValue('dark');
	await page.getByLabel('Theme').selectOption('system');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	expect(await background()).toBe(light);
});

test('the device dark theme applies without a choice', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/ar');
	const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(bg).toBe('rgb(18, 21, 20)');
});

for (const path of ['/', '/ar']) {
	test(`at 320 px wide ${path} has no horizontal scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(page.getByRole('navigation')).toBeVisible();
	});
}

// A page whose styles arrive with its scripts shows unstyled first (the reader's first words fall
// below the first screen): every learner page names all its stylesheets in the HTML a first visit
// is served. (Once the offline worker runs, it answers with the app shell: see the next test.)
test.describe('a first visit, before the offline worker', () => {
	test.use({ serviceWorkers: 'block' });
	for (const prefix of ['', '/ar'])
		test(`${prefix || 'en'}: learner pages are styled from their first paint`, async ({ page }) => {
			test.setTimeout(120_000);
			const lesson = 'shoigu-tehran-2023';
			const paths = [
				'/',
				`/read/${lesson}`,
				`/practice/${lesson}`,
				`/practice/${lesson}/quiz`,
				`/practice/${lesson}/vocabulary`,
				'/review',
				'/progress'
			];
			for (const path of paths) {
				const url = prefix && path === '/' ? prefix : prefix + path;
				const response = await page.goto(url);
				const served = [...(await response!.text()).matchAll(/<link href="([^"]+\.css)"/gu)].map(
					([, href]) => new URL(href!, response!.url()).pathname
				);
				expect(served.length, `${url}: stylesheets in the HTML`).toBeGreaterThan(0);
				await page.waitForLoadState('networkidle');
				const linked = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
						(link) => new URL(link.href).pathname
					)
				);
				expect(linked, `${url}: stylesheets added after the first paint`).toEqual(served);
			}
		});
});

// Once installed, the offline worker answers every page's address with the app shell, which
// renders the page in the browser: in the address's language, styled when it first shows, and a
// page that does not exist says so.
test('once installed, pages open from the app shell, styled and in their language', async ({
	page
}) => {
	test.setTimeout(120_000);
	// For each page: which stylesheets had loaded when its heading first appeared.
	await page.addInitScript(() => {
		const w = window as unknown as { sheetsAtHeading?: string[] };
		new MutationObserver((_, observer) => {
			if (!document.querySelector('main h1')) return;
			w.sheetsAtHeading = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')]
				.filter((link) => link.sheet !== null)
				.map((link) => new URL(link.href).pathname);
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	const lesson = 'shoigu-tehran-2023';
	for (const [path, lang, heading] of [
		[`/ar/read/${lesson}`, 'ar', /وَزِيرُ/u],
		[`/practice/${lesson}/quiz`, 'en', /./u],
		['/ar/progress', 'ar', /./u],
		['/teach', 'en', /./u]
	] as const) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker(), `${path} from the offline worker`).toBe(true);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
		await expect(page.locator('main h1')).toHaveText(heading);
		await page.waitForLoadState('networkidle');
		const { atHeading, now } = await page.evaluate(() => ({
			atHeading: (window as unknown as { sheetsAtHeading?: string[] }).sheetsAtHeading,
			now: [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map(
				(link) => new URL(link.href).pathname
			)
		}));
		expect(atHeading, `${path}: stylesheets loaded when the page first showed`).toEqual(now);
		await expectNoAxeViolations(page);
	}
	await page.goto('/ar/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
	await expect(page.getByRole('link', { name: 'العودة إلى الدروس' })).toBeVisible();
	// The shell's own address has nothing to show: it goes home.
	await page.goto('/shell');
	await expect(page).toHaveURL(/\/$/u);
	await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
});
