import { expect, expectNoAxeViolations, test } from './fixtures';

test('after the first visit every page opens with no network', async ({ page, context }) => {
	// axe over two whole readers, offline, on a loaded 2-core machine.
	test.setTimeout(180_000);
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	// A quiet notice says so, and that nothing is turned off.
	await page.reload();
	await expect(
		page.getByRole('status').filter({ hasText: 'Offline. Nothing is turned off' })
	).toHaveText('Offline. Nothing is turned off: everything in Fahm works without a network.');
	for (const [path, heading] of [
		['/', 'Lessons'],
		['/ar', 'الدروس'],
		['/read', 'Read'],
		['/ar/teach', 'للمعلّمين'],
		['/device', 'This device'],
		['/ar/sources', 'المصادر والتراخيص']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expectNoAxeViolations(page);
	}
	// The reader's lesson file comes from the cache: words open their details offline.
	for (const path of ['/read/shoigu-tehran-2023', '/ar/read/shoigu-tehran-2023']) {
		await page.goto(path);
		await page.getByRole('button', { name: 'وَزِيرُ', exact: true }).first().click();
		await expect(page.getByRole('dialog')).toContainText('wazīru');
		await expectNoAxeViolations(page);
	}
	// The Arabic face comes from the cache too.
	await page.goto('/ar');
	// The page renders from the app shell: its Arabic text (and the font's preload) come with it.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('الدروس');
	const fontLoaded = await page.evaluate(async () => {
		await document.fonts.ready;
		return document.fonts.check('16px "Noto Naskh Arabic"', 'فهم');
	});
	expect(fontLoaded).toBe(true);
	await context.setOffline(false);
});
