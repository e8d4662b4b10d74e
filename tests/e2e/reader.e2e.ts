import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const READER = '/read/shoigu-tehran-2023';

/**
 * Presses `key` until the focused element matches `selector` (and has `text`, if given), failing
 * after `limit` presses.
 */
async function pressUntil(page: Page, key: string, selector: string, limit = 40, text?: string) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(key);
		const reached = await page.evaluate(
			([s, t]) => {
				const el = document.activeElement;
				return !!el?.matches(s!) && (t === undefined || el.textContent?.trim() === t);
			},
			[selector, text] as const
		);
		if (reached) return;
	}
	throw new Error(`${key} never reached ${selector}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

test('reads the article by keyboard alone', async ({ page }) => {
	await page.goto(READER);
	// The whole article is one tab stop: the first Tab into it lands on its first word.
	await pressUntil(page, 'Tab', 'button.word');
	expect(await focusedId(page)).toBe('word-headline-s1-0');
	// Left is forward in Arabic.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	expect(await focusedId(page)).toBe('word-headline-s1-2');
	await page.keyboard.press('ArrowRight');
	expect(await focusedId(page)).toBe('word-headline-s1-1');
	// Down goes to the next sentence (the dateline).
	await page.keyboard.press('ArrowDown');
	expect(await focusedId(page)).toBe('word-dateline-s1-0');

	// Details: Enter opens them with focus inside; Esc closes them and returns to the word.
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog).toBeFocused();
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('طَهْرَانُ');
	await expect(dialog).toContainText('ṭahrānu');
	await expect(dialog).toContainText('Tehran');
	await expectNoAxeViolations(page);
	await page.keyboard.press('ArrowLeft');
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('وَكَالَاتٌ');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	expect(await focusedId(page)).toBe('word-dateline-s1-2');

	// A sentence's translation, from the word, with T.
	await page.keyboard.press('t');
	await expect(page.getByText('Tehran – agencies')).toBeVisible();

	// Vowel modes: back to their radio group (past the Definitions group), then arrows pick a mode.
	await pressUntil(page, 'Shift+Tab', 'input[type="radio"][name$="-vowels"]');
	await expect(page.getByRole('radio', { name: 'Full' })).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(page.getByRole('radio', { name: 'Without case endings' })).toBeChecked();
	const wazir = page.locator('#word-headline-s1-5');
	await expect(wazir).toHaveText('وَزِير');
	await page.keyboard.press('ArrowUp');
	await expect(page.getByRole('radio', { name: 'As printed' })).toBeChecked();
	await expect(wazir).toHaveText('وزير');

	// Back into the article: the word that held the tab stop still holds it.
	await pressUntil(page, 'Tab', 'button.word');
	expect(await focusedId(page)).toBe('word-dateline-s1-2');
	// Reveal one word in "as printed" mode from its details.
	await page.keyboard.press('Enter');
	await pressUntil(page, 'Tab', 'button', 15, 'Show its vowels in the text');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	await expect(page.locator('#word-dateline-s1-2')).toHaveText('وَكَالَاتٌ');
});

test('says there is no Arabic voice instead of failing silently', async ({ page }) => {
	await page.goto(READER);
	// Headless Chromium has no speech voices at all.
	await expect(page.getByText(/No Arabic voice on this device/u).first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Listen to the paragraph' })).toHaveAttribute(
		'aria-disabled',
		'true'
	);
});

for (const path of [READER, `/ar${READER}`])
	for (const theme of ['light', 'dark'] as const)
		test(`axe passes on ${path} in the ${theme} theme with everything shown`, async ({ page }) => {
			// The reader hydrates once its lesson file has arrived; a choice made before that is lost.
			await page.goto(path, { waitUntil: 'networkidle' });
			await page.getByRole('combobox').selectOption(theme);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const shoigu = page.locator('#word-p1-s1-5');
			await shoigu.click();
			await expect(page.getByRole('dialog')).toBeVisible();
			// The open word stays marked in the text beside its details.
			await expect(shoigu).toHaveAttribute('aria-expanded', 'true');
			await expect(shoigu).toHaveCSS('outline-style', 'solid');
			await expectNoAxeViolations(page);
			await page.keyboard.press('Escape');
			for (const box of await page.getByRole('checkbox').all()) await box.check();
			await expect(page.locator('article.entities.parallel')).toBeVisible();
			await expectNoAxeViolations(page);
		});

test('settings and saved words stay on the device', async ({ page }) => {
	// The reader hydrates once its lesson file has arrived; a choice made before that is lost.
	await page.goto(READER, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Larger text' }).click();
	await page.getByRole('radio', { name: 'Without case endings' }).check();
	await page.locator('#word-p1-s1-1').click();
	await page.getByRole('button', { name: 'Add to review' }).click();
	await expect(page.getByRole('heading', { name: 'Saved words (1)' })).toBeVisible();
	await page.reload({ waitUntil: 'networkidle' });
	await expect(page.getByRole('radio', { name: 'Without case endings' })).toBeChecked();
	await expect(page.locator('article')).toHaveClass(/size-2/u);
	const saved = page.getByRole('region', { name: 'Saved words (1)' });
	await expect(saved).toContainText('وَزِير');
	await saved.getByRole('button', { name: 'Remove وَزِير' }).click();
	await expect(page.getByRole('heading', { name: 'Saved words (0)' })).toBeVisible();
});

test('the read page and the home page link to the reader, in both languages', async ({ page }) => {
	await page.goto('/read');
	await expect(page.getByRole('heading', { level: 1, name: 'Read' })).toBeVisible();
	await page.getByRole('link', { name: /وزير الدفاع الروسي في إيران/u }).click();
	await expect(page).toHaveURL(/\/read\/shoigu-tehran-2023$/u);
	await expect(page.locator('h1 button.word').first()).toBeVisible();
	await page.goto('/ar');
	await page.getByRole('link', { name: /وزير الدفاع الروسي في إيران/u }).click();
	await expect(page).toHaveURL(/\/ar\/read\/shoigu-tehran-2023$/u);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('radio', { name: 'كامل' })).toBeChecked();
});

test('words drawn by the browser, on a reader opened inside the app, act as loaded ones', async ({
	page
}) => {
	// A loaded page keeps the server's words; opened by a link inside the app, the browser draws them.
	await page.goto('/read');
	await page.getByRole('link', { name: /وزير الدفاع الروسي في إيران/u }).click();
	await expect(page).toHaveURL(/\/read\/shoigu-tehran-2023$/u);
	const first = page.locator('h1 button.word').first();
	await expect(first).toHaveText('بِهَدَفِ');
	await page.getByRole('radio', { name: 'As printed' }).check();
	await expect(first).toHaveText('بهدف');
	await first.click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(first).toHaveAttribute('aria-expanded', 'true');
	await expectNoAxeViolations(page);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(first).toBeFocused();
});
