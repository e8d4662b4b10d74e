import { expect, expectNoAxeViolations, test } from './fixtures';

test('after the first visit every page opens with no network', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	for (const [path, heading] of [
		['/', 'Lessons'],
		['/ar', 'الدروس'],
		['/read', 'Read'],
		['/ar/teach', 'للمعلّمين: لم يُبنَ بعد']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expectNoAxeViolations(page);
	}
	// The Arabic face comes from the cache too.
	await page.goto('/ar');
	const fontLoaded = await page.evaluate(async () => {
		await document.fonts.ready;
		return document.fonts.check('16px "Noto Naskh Arabic"', 'فهم');
	});
	expect(fontLoaded).toBe(true);
	await context.setOffline(false);
});
