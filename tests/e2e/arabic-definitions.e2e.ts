/**
 * Arabic-first lessons (issue 15): in the Arabic interface a word's details give its Arabic
 * definition beside the English gloss (the "Definitions" setting starts at Both there), Arabic alone
 * once the reader chooses it, kept across a reload; a checked quiz answer gives Arabic feedback and
 * an Arabic explanation. At 360 px (settings folded behind "Reading settings") and at desktop width.
 */
import type { Page } from '@playwright/test';
import { lesson } from '../../src/lib/content/articles/shoigu-tehran-2023';
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { wordElementId, wordsOf } from '../../src/lib/domain/reader/words';
import { expect, test } from './fixtures';

const LESSON = 'shoigu-tehran-2023';
const entry = (id: string) => lesson.glossary.find((e) => e.id === id)!;
// وزير, the second word of the first paragraph.
const wazir = entry('wazir');
/** The glossary entry of the word whose button has this id. */
const entryOfWord = (id: string) =>
	entry(wordsOf(lesson.article).find((w) => wordElementId(w.key) === id)!.token.lemma);
const purpose = questionSets[0]!.questions.find((q) => q.id === 'sc-purpose')!;

const SIZES = [
	{ name: 'phone', viewport: { width: 360, height: 740 } },
	{ name: 'desktop', viewport: { width: 1280, height: 900 } }
];

async function shoot(page: Page, name: string) {
	const dir = process.env.SCREENSHOTS_DIR;
	if (dir) await page.screenshot({ path: `${dir}/definitions-${name}.png` });
}

/** Unfolds the reading settings on a phone (wider screens always show them). */
async function openSettings(page: Page, label: string) {
	const toggle = page.getByRole('button', { name: label });
	if (await toggle.isVisible()) await toggle.click();
}

const noSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const size of SIZES)
	test.describe(`${size.name}`, () => {
		test.use({ viewport: size.viewport });

		test('Arabic interface: Arabic definition with the English gloss, then Arabic alone, kept', async ({
			page
		}) => {
			// axe over the whole article (run after the test) is slow on a busy two-core machine.
			test.setTimeout(240_000);
			// The reader hydrates once its lesson file has arrived; a choice made before that is lost.
			await page.goto(`/ar/read/${LESSON}`, { waitUntil: 'networkidle' });
			const dialog = page.getByRole('dialog');

			// By keyboard: Tab reaches the article (one stop, on a word), the left arrow goes on to the
			// next word, Enter opens it.
			await page.locator('h1').first().click();
			for (let i = 0; i < 40; i++) {
				await page.keyboard.press('Tab');
				if (await page.evaluate(() => document.activeElement?.classList.contains('word'))) break;
			}
			const first = await page.evaluate(() => document.activeElement!.id);
			await page.keyboard.press('ArrowLeft');
			const next = await page.evaluate(() => document.activeElement!.id);
			expect(next).not.toBe(first);
			await page.keyboard.press('Enter');
			await expect(dialog).toBeFocused();
			const reached = entryOfWord(next);
			const meaning = dialog.locator('dl');
			await expect(meaning.getByText(reached.definitionAr!, { exact: true })).toBeVisible();
			await expect(meaning.getByText(reached.glosses[0]!, { exact: true })).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();

			// By click: both languages, Arabic first, each in its own direction.
			await page.locator('#word-p1-s1-1').click();
			const arabic = dialog.locator('dl').getByText(wazir.definitionAr!, { exact: true });
			await expect(arabic).toBeVisible();
			await expect(arabic).toHaveAttribute('lang', 'ar');
			await expect(arabic).toHaveAttribute('dir', 'rtl');
			const english = dialog.locator('dl').getByText('minister', { exact: true });
			await expect(english).toBeVisible();
			await expect(english).toHaveAttribute('lang', 'en');
			expect(await noSideways(page)).toBe(true);
			await shoot(page, `ar-both-${size.name}`);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();

			// Arabic alone: the English gloss goes.
			await openSettings(page, 'إعدادات القراءة');
			const settings = page.getByRole('group', { name: 'التعريفات' });
			await expect(settings.getByRole('radio', { name: 'كلتاهما' })).toBeChecked();
			await settings.getByRole('radio', { name: 'العربية' }).check();
			await page.locator('#word-p1-s1-1').click();
			await expect(arabic).toBeVisible();
			await expect(english).toHaveCount(0);
			await shoot(page, `ar-arabic-${size.name}`);

			// A reload keeps the choice.
			await page.reload({ waitUntil: 'networkidle' });
			await openSettings(page, 'إعدادات القراءة');
			await expect(settings.getByRole('radio', { name: 'العربية' })).toBeChecked();
			await page.locator('#word-p1-s1-1').click();
			await expect(arabic).toBeVisible();
			await expect(english).toHaveCount(0);
		});

		test('English interface: English by default, Both adds the Arabic', async ({ page }) => {
			// axe over the whole article (run after the test) is slow on a busy two-core machine.
			test.setTimeout(240_000);
			await page.goto(`/read/${LESSON}`, { waitUntil: 'networkidle' });
			const dialog = page.getByRole('dialog');
			await page.locator('#word-p1-s1-1').click();
			await expect(dialog.locator('dl').getByText('minister', { exact: true })).toBeVisible();
			await expect(dialog.getByText(wazir.definitionAr!, { exact: true })).toHaveCount(0);
			await page.keyboard.press('Escape');
			await openSettings(page, 'Reading settings');
			await page
				.getByRole('group', { name: 'Definitions' })
				.getByRole('radio', { name: 'Both' })
				.check();
			await page.locator('#word-p1-s1-1').click();
			await expect(dialog.getByText(wazir.definitionAr!, { exact: true })).toBeVisible();
			expect(await noSideways(page)).toBe(true);
			await shoot(page, `en-both-${size.name}`);
		});

		test('Arabic interface: a checked quiz answer gives Arabic feedback and explanation', async ({
			page
		}) => {
			if (purpose.kind !== 'single-choice') throw new Error('sc-purpose is a single choice');
			await page.goto(`/ar/practice/${LESSON}/quiz`);
			await page.getByRole('button', { name: 'وضع التدريب' }).click();
			// sc-purpose comes first; its first option is right.
			await page.locator('.quiz input[type="radio"]').first().check();
			await page.getByRole('button', { name: 'تحقّق', exact: true }).click();
			await expect(page.locator('.quiz .verdict[data-verdict]')).toHaveAttribute(
				'data-verdict',
				'correct'
			);
			const feedback = page.getByText(purpose.options[0]!.feedback!.ar, { exact: true });
			await expect(feedback).toBeVisible();
			await expect(feedback).toHaveAttribute('lang', 'ar');
			const explanation = page.getByText(purpose.explanation.ar, { exact: true });
			await expect(explanation).toBeVisible();
			await expect(explanation).toHaveAttribute('dir', 'rtl');
			await expect(page.getByText(purpose.explanation.en, { exact: true })).toHaveCount(0);
			await shoot(page, `quiz-ar-${size.name}`);
		});
	});
