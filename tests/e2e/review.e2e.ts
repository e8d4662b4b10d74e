/**
 * Review (issue 13): words saved in the reader come back as cards, reviewed by keyboard alone in
 * both interface languages, each rating button showing its next interval; when nothing is due the
 * page says when the next card is; a second tab sees what the first one saves.
 */
import type { Page } from '@playwright/test';
import readerEn from '../../messages/reader/en.json' with { type: 'json' };
import readerAr from '../../messages/reader/ar.json' with { type: 'json' };
import progressEn from '../../messages/progress/en.json' with { type: 'json' };
import progressAr from '../../messages/progress/ar.json' with { type: 'json' };
import quizEn from '../../messages/quiz/en.json' with { type: 'json' };
import quizAr from '../../messages/quiz/ar.json' with { type: 'json' };
import en from '../../messages/review/en.json' with { type: 'json' };
import ar from '../../messages/review/ar.json' with { type: 'json' };
import { expect, test, startDrill } from './fixtures';

const LESSON = 'shoigu-tehran-2023';
/** The messages these tests find controls and headings by. */
type Texts = Pick<
	typeof en,
	| 'review_show_answer'
	| 'review_answer_label'
	| 'review_answer_meaning'
	| 'review_nothing_due'
	| 'review_empty'
>;
const UIS = [
	{
		name: 'English',
		prefix: '',
		text: en as Texts,
		reader: readerEn,
		progress: progressEn,
		quiz: quizEn,
		due: '3 cards due now',
		good: 'Good · 10m',
		easy: 'Easy · 8d',
		again: 'Again · 1m',
		next: /The next card is due in 1 minute \(/u,
		reviewed: 'You reviewed 3 cards in this session.'
	},
	{
		name: 'Arabic',
		prefix: '/ar',
		text: ar as Texts,
		reader: readerAr as typeof readerEn,
		progress: progressAr as typeof progressEn,
		quiz: quizAr as typeof quizEn,
		due: '3 بطاقات مستحقة الآن',
		good: 'جيد · 10 دقائق',
		easy: 'سهل · 8 أيام',
		again: 'مجددًا · دقيقة',
		next: /البطاقة التالية مستحقة خلال دقيقة واحدة \(/u,
		reviewed: 'راجعت 3 بطاقات في هذه الجلسة.'
	}
];

/** Opens words of the first sentence in the reader and adds each to review. */
async function saveWords(page: Page, prefix: string, add: string, words: string[]) {
	await page.goto(`${prefix}/read/${LESSON}`);
	const button = page.getByRole('button', { name: add });
	for (const id of words) {
		// A click before the page has hydrated opens nothing: click again until the word opens.
		await expect(async () => {
			await page.locator(`#word-${id}`).click();
			await expect(button).toBeVisible({ timeout: 2000 });
		}).toPass({ timeout: 60_000 });
		await button.click();
		await page.keyboard.press('Escape');
	}
}

/** True when the page is wider than the window (a sideways scroll). */
const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

for (const ui of UIS) {
	test.describe(`${ui.name} interface`, () => {
		// axe over the whole reader page, visited to save words, is slow on a shared machine.
		test.describe.configure({ timeout: 180_000 });

		test('saves three words in the reader and reviews them by keyboard alone', async ({ page }) => {
			await saveWords(page, ui.prefix, ui.reader.reader_add_to_review, [
				'p1-s1-1',
				'p1-s1-2',
				'p1-s1-4'
			]);
			await expect(
				page.getByRole('heading', { name: ui.reader.reader_saved_title.replace('{count}', '3') })
			).toBeVisible();

			await page.goto(`${ui.prefix}/review`);
			await expect(page.getByText(ui.due)).toBeVisible();
			const show = page.getByRole('button', { name: ui.text.review_show_answer });
			const answer = page.getByRole('heading', { name: ui.text.review_answer_label });
			await expect(show).toBeVisible();
			await expect(page.locator('mark')).toHaveCount(1);

			// First card: Space shows the answer, 4 rates it Easy.
			await page.keyboard.press('Space');
			await expect(answer).toBeFocused();
			await expect(page.getByRole('button', { name: ui.good })).toBeVisible();
			await expect(page.getByRole('button', { name: ui.easy })).toBeVisible();
			await expect(page.getByRole('button', { name: ui.again })).toBeVisible();
			await expect(page.getByText(ui.text.review_answer_meaning, { exact: true })).toBeVisible();
			await page.keyboard.press('4');

			// Second: Enter shows it, 3 rates it Good.
			await expect(show).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(answer).toBeFocused();
			await page.keyboard.press('3');

			// The third card, answer shown, survives a reload; 1 rates it Again.
			await expect(show).toBeFocused();
			await page.keyboard.press('Space');
			await expect(answer).toBeVisible();
			await page.reload();
			await expect(answer).toBeVisible();
			await page.keyboard.press('1');

			await expect(page.getByRole('heading', { name: ui.text.review_nothing_due })).toBeVisible();
			await expect(page.getByText(ui.next)).toBeVisible();

			// The ratings are kept: after a reload nothing is due and the next card is still named.
			await page.reload();
			await expect(page.getByRole('heading', { name: ui.text.review_nothing_due })).toBeVisible();
			await expect(page.getByText(ui.next)).toBeVisible();

			// The dashboard counts them by state: Easy sent one to review; Good (10m) and Again
			// keep two in learning.
			await page.goto(`${ui.prefix}/progress`);
			const digits = (n: number) => new Intl.NumberFormat(ui.prefix ? 'ar' : 'en').format(n);
			await expect(page.locator('[data-figure="saved-words"]')).toHaveText(digits(3));
			// The vocabulary table (opened as a learner opens it): its rows are the review states.
			await page
				.locator('details')
				.filter({
					has: page.locator(`[aria-label="${ui.progress.progress_vocabulary_heading}"]`)
				})
				.getByText(ui.progress.progress_show_table)
				.click();
			const byState = page.locator(
				'main details table:has(tr[data-key="relearning"]) tr[data-key]'
			);
			await expect(byState.locator('td')).toHaveText([digits(0), digits(2), digits(1), digits(0)]);
		});

		test('review settings open from the keyboard, name a value out of range and save a good one', async ({
			page
		}) => {
			const texts = ui.prefix ? ar : en;
			await page.goto(`${ui.prefix}/review`);
			await expect(page.getByRole('heading', { name: ui.text.review_empty })).toBeVisible();
			// The section is closed: its form is made (and fetched) when it opens.
			const retention = page.getByLabel(texts.review_settings_retention);
			await expect(retention).toHaveCount(0);
			await page.getByText(texts.review_settings_title).focus();
			await page.keyboard.press('Enter');
			await retention.click();
			await retention.fill('120');
			await page.getByRole('button', { name: texts.review_settings_save }).click();
			await expect(
				page.getByRole('status').filter({ hasText: texts.review_settings_retention_invalid })
			).toBeVisible();
			await expect(retention).toHaveAttribute('aria-invalid', 'true');
			// Typed key by key after clicking in; in Arabic with Arabic-Indic digits, as an Arabic
			// keyboard types them (a number input would take none).
			await retention.click();
			await page.keyboard.press('ControlOrMeta+a');
			await page.keyboard.type(ui.prefix ? '٨٥' : '85');
			await page.getByRole('button', { name: texts.review_settings_save }).click();
			await expect(page.getByText(texts.review_settings_saved)).toBeVisible();
			// Kept: the next visit shows the saved value.
			await page.reload();
			await page.getByText(texts.review_settings_title).click();
			await expect(retention).toHaveValue('85');
		});

		test('a word missed in the drill comes back as a card to type, on the on-screen keyboard', async ({
			page
		}) => {
			const texts = ui.prefix ? ar : en;
			// Every generated set asks for a word in Arabic at question 5: answer it wrong.
			await startDrill(page, `${ui.prefix}/practice/${LESSON}/vocabulary?seed=1`);
			const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
			for (let n = 1; n < 5; n++) {
				const before = (await heading.textContent()) ?? '';
				await page.getByRole('button', { name: ui.quiz.practice_next, exact: true }).click();
				await expect(heading).not.toHaveText(before);
			}
			const answer = page.getByRole('textbox', { name: ui.quiz.quiz_answer_ar });
			await answer.click();
			await page.keyboard.type('قلم');
			await page.getByRole('button', { name: ui.quiz.practice_check, exact: true }).click();
			await expect(page.locator('.verdict').first()).toBeVisible();
			// The card is written after the verdict (the scheduler is fetched at the first miss):
			// leave the drill once it is on the device.
			await expect
				.poll(() =>
					page.evaluate(
						() =>
							new Promise<number>((resolve, reject) => {
								const open = indexedDB.open('fahm');
								open.onerror = () => reject(open.error);
								open.onsuccess = () => {
									const count = open.result
										.transaction('reviewCards')
										.objectStore('reviewCards')
										.count();
									count.onsuccess = () => {
										open.result.close();
										resolve(count.result);
									};
								};
							})
					)
				)
				.toBe(1);

			// The card asks for the word; its field (fetched with the card) takes the keys in order.
			await page.goto(`${ui.prefix}/review`);
			await expect(page.getByText(texts.review_front_type)).toBeVisible();
			const field = page.getByRole('textbox', { name: texts.review_type_label });
			await page.getByRole('button', { name: ui.quiz.quiz_keyboard_show }).click();
			await field.click();
			const keys = page.getByRole('group', { name: ui.quiz.quiz_keyboard_label, exact: true });
			for (const key of [ui.quiz.quiz_key_qaf, ui.quiz.quiz_key_lam]) {
				await keys.getByRole('button', { name: key, exact: true }).click();
			}
			await expect(field).toHaveValue('قل');
			await expect(field).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(
				page.getByRole('status').filter({ hasText: texts.review_typed_wrong })
			).toContainText(`${texts.review_typed_yours} قل`);
			await expect(page.getByRole('heading', { name: texts.review_answer_label })).toBeFocused();
		});

		test('fits a 360 px screen with a card and its answer shown', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await saveWords(page, ui.prefix, ui.reader.reader_add_to_review, ['p1-s1-1']);
			await page.goto(`${ui.prefix}/review`);
			await page.getByRole('button', { name: ui.text.review_show_answer }).click();
			await expect(page.getByRole('button', { name: ui.good })).toBeVisible();
			expect(await scrollsSideways(page)).toBe(false);
		});

		test('a second tab sees a word saved in the first, and its rating', async ({
			page,
			context
		}) => {
			const other = await context.newPage();
			await other.goto(`${ui.prefix}/review`);
			await expect(other.getByRole('heading', { name: ui.text.review_empty })).toBeVisible({
				timeout: 20_000
			});
			await saveWords(page, ui.prefix, ui.reader.reader_add_to_review, ['p1-s1-1']);
			// No reload: the other tab hears of the save and shows the new card.
			await expect(other.getByRole('button', { name: ui.text.review_show_answer })).toBeVisible({
				timeout: 20_000
			});
			await page.goto(`${ui.prefix}/review`);
			await expect(page.getByRole('button', { name: ui.text.review_show_answer })).toBeVisible();
			await page.keyboard.press('Space');
			await page.keyboard.press('4');
			await expect(page.getByRole('heading', { name: ui.text.review_nothing_due })).toBeVisible();
			await expect(other.getByRole('heading', { name: ui.text.review_nothing_due })).toBeVisible();
			await other.close();
		});
	});
}
