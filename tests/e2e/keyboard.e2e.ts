import { expect, test } from './fixtures';

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: import('@playwright/test').Page, name: RegExp, limit = 30) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const label = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return el
				? (el.getAttribute('aria-label') ??
						el.closest('label')?.textContent ??
						el.textContent ??
						'')
				: '';
		});
		if (name.test(label.trim())) return;
	}
	throw new Error(`Tab never reached ${name}`);
}

test('keyboard alone reaches every navigation item and both switches', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	for (const name of [
		/^Fahm home$/u,
		/^Read/u,
		/^Practice/u,
		/^Review/u,
		/^Progress/u,
		/^Teach/u
	]) {
		await tabTo(page, name, 3);
	}
	await tabTo(page, /^العربية$/u, 2);
	await tabTo(page, /^Theme/u, 2);
	const focusRing = await page.evaluate(
		() => getComputedStyle(document.activeElement!).outlineStyle
	);
	expect(focusRing).toBe('solid');
	// Change the theme from the keyboard: from the device's theme down to Light.
	await expect(page.getByLabel('Theme')).toHaveValue('system');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('Theme')).toHaveValue('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('keyboard alone follows a navigation link and the skip link', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator('#main')).toBeFocused();
	await page.goto('/');
	await tabTo(page, /^Review/u);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/review$/u);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
});

test('keyboard alone switches the language', async ({ page }) => {
	await page.goto('/read');
	await tabTo(page, /^العربية$/u);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/ar\/read$/u);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});
