/**
 * The on-screen Arabic keyboard types where the caret is, in every kind of typed field, with the
 * mouse at desktop width and with a finger on a phone, in both interface languages (issue 9,
 * point 1: tapped keys went in front of the text, and focus left the field at every key).
 */
import type { Locator, Page } from '@playwright/test';
import en from '../../messages/quiz/en.json' with { type: 'json' };
import ar from '../../messages/quiz/ar.json' with { type: 'json' };
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { comeToWovenQuestions, expect, test, startDrill } from './fixtures';

const LESSON = 'shoigu-tehran-2023';
type Messages = typeof en;

// Each letter typed here, and the message that names its key.
const KEY_OF: Record<string, `quiz_key_${string}` & keyof Messages> = {
	ط: 'quiz_key_tta',
	ه: 'quiz_key_ha',
	ر: 'quiz_key_ra',
	ا: 'quiz_key_alif',
	ن: 'quiz_key_nun',
	ل: 'quiz_key_lam',
	ق: 'quiz_key_qaf',
	ث: 'quiz_key_tha'
};

const UIS = [
	{ name: 'English', prefix: '', text: en, next: 'Next' },
	{ name: 'Arabic', prefix: '/ar', text: ar as Messages, next: 'التالي' }
];
const SIZES = [
	{ name: 'phone', viewport: { width: 360, height: 740 }, touch: true },
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false }
];

/** What the learner sees of a field: its text, where the caret is, and whether it has focus. */
const state = (field: Locator) =>
	field.evaluate((f: HTMLInputElement | HTMLTextAreaElement) => ({
		value: f.value,
		start: f.selectionStart,
		end: f.selectionEnd,
		focused: document.activeElement === f
	}));

for (const ui of UIS) {
	for (const size of SIZES) {
		test.describe(`${ui.name} interface, ${size.name}`, () => {
			test.use({ viewport: size.viewport, hasTouch: size.touch });

			/** A click, or a tap on a touch screen. */
			const press = (target: Locator) => (size.touch ? target.tap() : target.click());

			/** Opens the keyboard beside `field` (inside `around`) and returns its panel. */
			async function openKeyboard(page: Page, around: Locator): Promise<Locator> {
				await press(around.getByRole('button', { name: ui.text.quiz_keyboard_show }));
				return page.getByRole('group', { name: ui.text.quiz_keyboard_label, exact: true });
			}

			async function tapKeys(keyboard: Locator, letters: string) {
				for (const letter of letters) {
					const name = ui.text[KEY_OF[letter]!];
					await press(keyboard.getByRole('button', { name, exact: true }));
				}
			}

			/**
			 * The whole story in one field: tap letters after clicking in, type with the physical
			 * (Arabic layout) keyboard then tap, insert in the middle, delete before the caret, and
			 * replace a selection. Focus stays in the field throughout.
			 */
			async function typeEverywayInto(page: Page, field: Locator, keyboard: Locator) {
				await press(field);
				await tapKeys(keyboard, 'طهران');
				expect(await state(field)).toEqual({ value: 'طهران', start: 5, end: 5, focused: true });

				await page.keyboard.press('ControlOrMeta+A');
				await page.keyboard.press('Backspace');
				await page.keyboard.type('طه');
				await tapKeys(keyboard, 'ران');
				expect(await state(field)).toEqual({ value: 'طهران', start: 5, end: 5, focused: true });

				// Home puts the caret before the first letter: the next keys go there, in order.
				await page.keyboard.press('Home');
				await tapKeys(keyboard, 'ال');
				expect(await state(field)).toEqual({ value: 'الطهران', start: 2, end: 2, focused: true });

				await press(keyboard.getByRole('button', { name: ui.text.quiz_key_backspace }));
				expect(await state(field)).toEqual({ value: 'اطهران', start: 1, end: 1, focused: true });

				await page.keyboard.press('ControlOrMeta+A');
				await tapKeys(keyboard, 'ق');
				expect(await state(field)).toEqual({ value: 'ق', start: 1, end: 1, focused: true });
			}

			test('short answers and cloze gaps while reading', async ({ page }) => {
				// The whole article with its questions: axe takes a while over it.
				test.setTimeout(90_000);
				await page.goto(`${ui.prefix}/practice/${LESSON}`);
				await comeToWovenQuestions(page);
				const answer = page.locator('#woven-sa-city-answer');
				await expect(answer).toHaveAccessibleName(ui.text.quiz_answer_ar, { timeout: 20_000 });
				const typed = page.locator('.typed').filter({ has: answer });
				await typeEverywayInto(page, answer, await openKeyboard(page, typed));
				// What the keys typed is the answer the question holds: Check grades it.
				await press(typed.getByRole('button', { name: ui.text.quiz_keyboard_hide }));

				const gaps = [0, 1].map((g) => page.locator(`#woven-cloze-europe-gap-${g}`));
				const cloze = page.locator('.cloze').filter({ has: gaps[0]! });
				const keyboard = await openKeyboard(page, cloze);
				// The second gap first: the keys follow the gap that has the caret.
				await typeEverywayInto(page, gaps[1]!, keyboard);
				await press(gaps[0]!);
				await tapKeys(keyboard, 'ثلاث');
				expect(await state(gaps[0]!)).toEqual({ value: 'ثلاث', start: 4, end: 4, focused: true });
				expect(await state(gaps[1]!)).toMatchObject({ value: 'ق' });
			});

			test('free response in the quiz', async ({ page }) => {
				test.setTimeout(90_000);
				await page.goto(`${ui.prefix}/practice/${LESSON}/quiz`);
				await press(page.getByRole('button', { name: ui.text.practice_mode_practice }));
				const next = page.getByRole('button', { name: ui.next, exact: true });
				const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
				const first = questionSets[0]!.questions.findIndex((q) => q.kind === 'free-response');
				for (let n = 0; n < first; n++) {
					const before = (await heading.textContent()) ?? '';
					await press(next);
					await expect(heading).not.toHaveText(before);
				}
				const field = page.getByRole('textbox', { name: ui.text.quiz_free_label, exact: true });
				const around = page.locator('.free').filter({ has: field });
				await typeEverywayInto(page, field, await openKeyboard(page, around));
			});

			test('English-to-Arabic vocabulary production', async ({ page }) => {
				await startDrill(page, `${ui.prefix}/practice/${LESSON}/vocabulary?seed=1`);
				// Every generated set asks for a word in Arabic at question 5.
				const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
				for (let n = 1; n < 5; n++) {
					const before = (await heading.textContent()) ?? '';
					await press(page.getByRole('button', { name: ui.next, exact: true }));
					await expect(heading).not.toHaveText(before);
				}
				const field = page.getByRole('textbox', { name: ui.text.quiz_answer_ar });
				const typed = page.locator('.typed').filter({ has: field });
				await typeEverywayInto(page, field, await openKeyboard(page, typed));
			});
		});
	}
}
