/**
 * Mixed-direction text in both interfaces, on a phone and on a desktop: English that quotes Arabic
 * (feedback, explanations, glosses, the source line, the licence) stays English, left to right in
 * its Latin face, and each Arabic run inside it is an isolated right-to-left run in the Arabic face;
 * and every lesson page links on to the next step. Set SCREENSHOTS_DIR to keep screenshots.
 */
import type { Locator, Page } from '@playwright/test';
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { comeToWovenQuestions, expect, test, startDrill } from './fixtures';

const LESSON = 'shoigu-tehran-2023';
const exhibition = questionSets[0]!.questions.find((q) => q.id === 'mr-exhibition')!;

const UI = {
	en: {
		prefix: '',
		read: 'Read the article',
		woven: 'Practise while reading',
		quiz: 'Take the quiz',
		nav: 'Next steps in this lesson',
		check: 'Check',
		solution: 'Show solution',
		feedback: 'Feedback',
		family: 'Root family'
	},
	ar: {
		prefix: '/ar',
		read: 'اقرأ المقال',
		woven: 'تدرّب في أثناء القراءة',
		quiz: 'ابدأ الاختبار',
		nav: 'الخطوات التالية في هذا الدرس',
		check: 'تحقّق',
		solution: 'اعرض الحل',
		feedback: 'ملاحظات المعلم',
		family: 'عائلة الجذر'
	}
} as const;

const WIDTHS = [360, 1280] as const;

interface Bidi {
	lang: string;
	direction: string;
	unicodeBidi: string;
	font: string;
}

function bidiOf(locator: Locator): Promise<Bidi> {
	return locator.evaluate((el) => {
		const style = getComputedStyle(el);
		return {
			lang: el.closest('[lang]')?.getAttribute('lang') ?? '',
			direction: style.direction,
			unicodeBidi: style.unicodeBidi,
			font: style.fontFamily
		};
	});
}

/** English text quoting Arabic: English left to right in Latin type, each Arabic run isolated. */
async function expectEnglishWithArabic(english: Locator) {
	const outer = await bidiOf(english);
	expect(outer.lang).toBe('en');
	expect(outer.direction).toBe('ltr');
	expect(outer.font).not.toContain('Noto Naskh Arabic');
	const runs = english.locator('bdi');
	expect(await runs.count()).toBeGreaterThan(0);
	for (const run of await runs.all()) {
		const inner = await bidiOf(run);
		expect(inner).toMatchObject({ lang: 'ar', direction: 'rtl', unicodeBidi: 'isolate' });
		expect(inner.font).toContain('Noto Naskh Arabic');
	}
}

async function shoot(page: Page, name: string) {
	const dir = process.env.SCREENSHOTS_DIR;
	if (dir) await page.screenshot({ path: `${dir}/bidi-${name}.png`, fullPage: false });
}

for (const [lang, ui] of Object.entries(UI))
	for (const width of WIDTHS)
		test.describe(`${lang} interface, ${width} px`, () => {
			test.use({ viewport: { width, height: width === 360 ? 740 : 900 } });

			test('the home card and the sources page keep the English source line in order', async ({
				page
			}) => {
				await page.goto(ui.prefix || '/');
				const card = page.getByRole('main').getByRole('article');
				await expectEnglishWithArabic(card.locator('.mixed', { hasText: 'Wire report' }));
				await expect(card.getByText('وكالات')).toHaveJSProperty('tagName', 'BDI');
				await page.goto(`${ui.prefix}/sources`);
				const licence = page.getByRole('main').locator('.mixed', { hasText: 'copyright remains' });
				await expectEnglishWithArabic(licence);
				await expect(licence).toContainText('Wire report (وكالات, “agencies”), Tehran, 2023-09.');
				await shoot(page, `sources-${lang}-${width}`);
			});

			test('generated vocabulary explanations read as English', async ({ page }) => {
				// Seed 1 opens with "What does «مَزِيد» mean?": English glosses, and an explanation
				// that begins with the Arabic word, which used to turn the whole line right to left.
				await startDrill(page, `${ui.prefix}/practice/${LESSON}/vocabulary?seed=1`);
				await page.getByRole('button', { name: ui.solution }).first().click();
				// The Arabic interface shows the Arabic explanation first, the English a tap away.
				const box = page.locator('.explanation').first();
				if (ui.prefix) await box.getByRole('button', { name: 'اعرض بالإنجليزية' }).click();
				const explanation = box.locator('.mixed[lang="en"]').first();
				await expect(explanation).toContainText('(noun, root');
				await expectEnglishWithArabic(explanation);
				await expect(explanation.locator('bdi').first()).toHaveText('مَزِيد');
				const option = page.getByRole('radio', { name: 'more, further' });
				expect((await bidiOf(option)).direction).toBe('ltr');
				await explanation.scrollIntoViewIfNeeded();
				await shoot(page, `vocabulary-${lang}-${width}`);
			});

			test('teacher feedback keeps "(p11)" after its Arabic quote', async ({ page }) => {
				// axe over the whole article with its questions takes a while on a busy machine.
				test.slow();
				await page.goto(`${ui.prefix}/practice/${LESSON}`);
				await comeToWovenQuestions(page);
				const question = page
					.getByRole('listitem')
					.filter({ has: page.getByText(exhibition.prompt.ar, { exact: true }) })
					.last();
				await question.scrollIntoViewIfNeeded();
				await question.getByRole('checkbox', { name: 'الصواريخ والأسلحة الصاروخية' }).check();
				await question.getByRole('button', { name: ui.check }).click();
				const feedbackList = question.getByRole('list', { name: ui.feedback });
				if (ui.prefix)
					await feedbackList.getByRole('button', { name: 'اعرض بالإنجليزية' }).first().click();
				const line = question
					.getByRole('list', { name: ui.feedback })
					.locator('.mixed', { hasText: 'Yes:' });
				await expect(line).toHaveText('Yes: الصواريخ (p11) and الأسلحة الصاروخية (p12).');
				await expectEnglishWithArabic(line);
				await expect(line.locator('bdi')).toHaveText(['الصواريخ', 'الأسلحة الصاروخية']);
				// Left to right: the first quote stands left of the second when both share a line.
				// The first box of each run: a run that wraps has a union box starting at the line's edge.
				const [first, second] = await Promise.all(
					(await line.locator('bdi').all()).map((run) =>
						run.evaluate((el) => {
							const r = el.getClientRects()[0]!;
							return { x: r.x, y: r.y };
						})
					)
				);
				if (first && second && Math.abs(first.y - second.y) < 4)
					expect(first.x).toBeLessThan(second.x);
				await line.scrollIntoViewIfNeeded();
				await shoot(page, `feedback-${lang}-${width}`);
			});

			test("a word's glosses and its root family isolate the Arabic they quote", async ({
				page
			}) => {
				// The reader hydrates once its lesson file has arrived; a click before that is lost.
				await page.goto(`${ui.prefix}/read/${LESSON}`, { waitUntil: 'networkidle' });
				await page.locator('#word-p1-s1-0').click();
				const dialog = page.getByRole('dialog');
				await expect(dialog).toBeVisible();
				await dialog.getByRole('button', { name: ui.family }).click();
				const family = dialog.getByRole('region');
				await expect(family.locator('.mixed[lang="en"]').first()).toBeVisible();
				expect((await bidiOf(family.locator('.mixed[lang="en"]').first())).direction).toBe('ltr');
				await shoot(page, `family-${lang}-${width}`);
			});

			test('each lesson page links on to the next step', async ({ page }) => {
				await page.goto(ui.prefix || '/');
				const card = page.getByRole('main').getByRole('article');
				await card.getByRole('link', { name: ui.woven }).click();
				await expect(page).toHaveURL(new RegExp(`${ui.prefix}/practice/${LESSON}$`, 'u'));
				const nav = () => page.getByRole('navigation', { name: ui.nav });
				await nav().getByRole('link', { name: ui.read }).click();
				await expect(page).toHaveURL(new RegExp(`${ui.prefix}/read/${LESSON}$`, 'u'));
				await expect(nav().getByRole('link', { name: ui.woven })).toBeVisible();
				await nav().getByRole('link', { name: ui.quiz }).click();
				await expect(page).toHaveURL(new RegExp(`${ui.prefix}/practice/${LESSON}/quiz$`, 'u'));
				await nav().getByRole('link', { name: ui.read }).click();
				await expect(page).toHaveURL(new RegExp(`${ui.prefix}/read/${LESSON}$`, 'u'));
				await page.goto(ui.prefix || '/');
				await card.getByRole('link', { name: ui.quiz }).click();
				await expect(page).toHaveURL(new RegExp(`${ui.prefix}/practice/${LESSON}/quiz$`, 'u'));
			});
		});
