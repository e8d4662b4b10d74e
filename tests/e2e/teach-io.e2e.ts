import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const SET = 'shoigu-tehran-2023-comprehension';
const QUESTIONS = 65;

/** The page as print shows it, for a person to look at (test-results/...). */
async function printShot(page: import('@playwright/test').Page, name: string) {
	await page.emulateMedia({ media: 'print' });
	await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
	await page.emulateMedia({ media: 'screen' });
}

test('worksheet and answer key of a built-in set print in English; the set exports as JSON', async ({
	page
}) => {
	// axe over a 65-question sheet takes 10 s idle and 45 s on a loaded machine, twice per test.
	test.slow();
	await page.goto(`/teach/print?set=${SET}`);
	const main = page.getByRole('main');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/^Worksheet: .*Reading comprehension: the Russian defence minister in Iran/u,
		{ timeout: 20_000 } // the lesson is fetched after the page loads
	);
	await expect(main.getByRole('heading', { name: 'The article' })).toBeVisible();
	const questions = main.locator('.question-list > li');
	await expect(questions).toHaveCount(QUESTIONS);
	// No answers on the worksheet: no answer or explanation headings, no explanation text.
	await expect(main.getByText('Explanation', { exact: true })).toHaveCount(0);
	await expect(main.locator('dl')).toHaveCount(0);
	await expect(questions.first()).toContainText('Choose one answer.');
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

	// Printed: header, footer and controls are gone; the article starts the first page.
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length;
	expect(pages).toBeGreaterThan(3);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('contentinfo')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.locator('h1')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await printShot(page, 'worksheet-en');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export JSON' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${SET}.json`);
	const bundle = JSON.parse(readFileSync((await file.path())!, 'utf8'));
	expect(bundle).toMatchObject({ format: 'fahm-lesson', version: 1 });
	expect(bundle.questionSets.map((s: { id: string }) => s.id)).toEqual([SET]);
	expect(bundle.questionSets[0].questions).toHaveLength(QUESTIONS);
	await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText(
		`${SET}.json`
	);

	await page.getByRole('link', { name: 'Answer key' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Answer key: /u, {
		timeout: 20_000
	});
	await expect(main.getByRole('heading', { name: 'The article' })).toHaveCount(0);
	await expect(main.locator('.question-list > li')).toHaveCount(QUESTIONS);
	const first = main.locator('.question-list > li').first();
	await expect(first.getByRole('term')).toHaveText(['Answer', 'Explanation', 'Evidence sentences']);
	const evidence = bundle.questionSets[0].questions[0].evidence as string[];
	await expect(first.getByRole('definition').nth(2)).toHaveText(evidence.join(', '));
	await expect(main.getByRole('term').filter({ hasText: /^Answer$/u })).toHaveCount(QUESTIONS);
	await printShot(page, 'key-en');
});

test('the worksheet and key in Arabic: Arabic interface, Arabic content right to left', async ({
	page
}) => {
	test.slow();
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(`/ar/teach/print?set=${SET}`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/^ورقة عمل: .*فهم المقروء: وزير الدفاع الروسي في إيران/u,
		{ timeout: 20_000 }
	);
	const main = page.getByRole('main');
	await expect(main.locator('.question-list > li')).toHaveCount(QUESTIONS);
	await expect(main.locator('.arabic')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('button', { name: 'طباعة', exact: true })).toBeVisible();
	// Nothing runs off the side of a phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await printShot(page, 'worksheet-ar');

	await page.goto(`/ar/teach/print?set=${SET}&key`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^مفتاح الإجابات: /u, {
		timeout: 20_000
	});
	await expect(main.getByRole('term').filter({ hasText: /^الإجابة$/u })).toHaveCount(QUESTIONS);
	await printShot(page, 'key-ar');

	await page.goto('/teach/print?set=no-such-set');
	await expect(page.getByRole('alert')).toHaveText(
		'There is no set with the id \u2068no-such-set\u2069.',
		{ timeout: 20_000 }
	);
});
