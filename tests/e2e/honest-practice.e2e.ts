/**
 * Honest practice: the quiz's two modes and first-check scores, answers given while reading that
 * come back on a new visit, and questions placed after the text that answers them. Each test runs
 * in both interfaces, on a 360 px phone and at desktop width.
 */
import type { Page } from '@playwright/test';
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { comeToWovenQuestions, expect, test } from './fixtures';

const LESSON = 'shoigu-tehran-2023';
const questions = questionSets[0]!.questions;

interface Ui {
	prefix: string;
	practiceMode: string;
	testMode: string;
	check: string;
	tryAgain: string;
	showSolution: string;
	hint: RegExp;
	next: string;
	finish: string;
	finishNow: string;
	review: string;
	practiceNav: string;
	wovenLink: string;
	score: (points: number) => RegExp;
	passMark: RegExp;
}

const arabicDigits = (n: number) => new Intl.NumberFormat('ar').format(n);
const EN: Ui = {
	prefix: '',
	practiceMode: 'Practice mode',
	testMode: 'Test mode',
	check: 'Check',
	tryAgain: 'Try again',
	showSolution: 'Show solution',
	hint: /hint/iu,
	next: 'Next',
	finish: 'Finish',
	finishNow: 'Finish now',
	review: 'Review the answers',
	practiceNav: 'Practice',
	wovenLink: 'Questions while you read',
	score: (points) => new RegExp(`^${points} of \\d+ points`, 'u'),
	passMark: /Pass mark: 70%/u
};
const AR: Ui = {
	prefix: '/ar',
	practiceMode: 'وضع التدريب',
	testMode: 'وضع الاختبار',
	check: 'تحقّق',
	tryAgain: 'حاول مرة أخرى',
	showSolution: 'اعرض الحل',
	hint: /تلميح/u,
	next: 'التالي',
	finish: 'إنهاء',
	finishNow: 'أنهِ الآن',
	review: 'راجع الإجابات',
	practiceNav: 'تدرّب',
	wovenLink: 'أسئلة أثناء القراءة',
	score: (points) => new RegExp(`^${arabicDigits(points)} من `, 'u'),
	passMark: new RegExp(`درجة النجاح: ${arabicDigits(70)}`, 'u')
};
const WIDTHS = [
	{ name: 'phone', width: 360, height: 740 },
	{ name: 'desktop', width: 1280, height: 900 }
];
const cases = [EN, AR].flatMap((ui) => WIDTHS.map((size) => ({ ui, size })));
const label = (ui: Ui, size: { name: string }) => `(${ui.prefix || '/'}, ${size.name})`;

const verdict = (page: Page) => page.locator('.quiz .verdict[data-verdict]');

for (const { ui, size } of cases) {
	test(`quiz in practice mode counts the first check, not a second try ${label(ui, size)}`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto(`${ui.prefix}/practice/${LESSON}/quiz`);
		await page.getByRole('button', { name: ui.practiceMode }).click();
		// Question 1 (sc-purpose): the first option is the right one; pick a wrong one first.
		const radios = page.locator('.quiz input[type="radio"]');
		await radios.nth(1).check();
		await page.getByRole('button', { name: ui.check, exact: true }).click();
		await expect(verdict(page)).toHaveAttribute('data-verdict', 'incorrect');
		await page.getByRole('button', { name: ui.tryAgain }).click();
		await radios.nth(0).check();
		await page.getByRole('button', { name: ui.check, exact: true }).click();
		await expect(verdict(page)).toHaveAttribute('data-verdict', 'correct');
		await page.getByRole('button', { name: ui.finish, exact: true }).click();
		await page.getByRole('button', { name: ui.finishNow }).click();
		const score = page.locator('.score .points');
		await expect(score).toHaveAttribute('data-points', '0');
		await expect(score).toHaveText(ui.score(0));
		await expect(page.getByText(ui.passMark)).toBeVisible();
	});

	test(`quiz in test mode: nothing shown until Finish, the mode kept across a reload ${label(ui, size)}`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto(`${ui.prefix}/practice/${LESSON}/quiz`);
		await page.getByRole('button', { name: ui.testMode }).click();
		const radios = page.locator('.quiz input[type="radio"]');
		await radios.first().check();
		for (const name of [ui.check, ui.tryAgain, ui.showSolution])
			await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
		await expect(page.getByRole('button', { name: ui.hint })).toHaveCount(0);
		await expect(page.locator('.quiz .verdict, .quiz .explanation')).toHaveCount(0);
		await page.getByRole('button', { name: ui.next }).click();
		await radios.nth(1).check();

		// A reload finds the test where it was: same mode, same answers, still no feedback.
		await page.waitForTimeout(700); // the answer on screen is kept half a second after a change
		await page.reload();
		await expect(page.locator('.quiz .mode')).toHaveAttribute('data-mode', 'test');
		await expect(radios.nth(1)).toBeChecked();
		await expect(page.getByRole('button', { name: ui.check, exact: true })).toHaveCount(0);

		await page.getByRole('button', { name: ui.finish, exact: true }).click();
		await page.getByRole('button', { name: ui.finishNow }).click();
		const score = page.locator('.score .points');
		// sc-purpose right (1 point), sc-discussed: the second option is wrong.
		await expect(score).toHaveAttribute('data-points', '1');
		await expect(page.getByText(ui.passMark)).toBeVisible();
		await page.getByRole('button', { name: ui.review }).click();
		const reviewed = page.locator('.review .verdict[data-verdict]');
		await expect(reviewed.nth(0)).toHaveAttribute('data-verdict', 'correct');
		await expect(reviewed.nth(1)).toHaveAttribute('data-verdict', 'incorrect');
	});

	test(`answers given while reading come back on a new visit ${label(ui, size)}`, async ({
		page
	}) => {
		// The reading page is long: axe takes its time over it on a busy machine.
		test.setTimeout(120_000);
		await page.setViewportSize(size);
		await page.goto(`${ui.prefix}/practice/${LESSON}`);
		await comeToWovenQuestions(page);
		// After paragraph 2, sc-counterpart comes first: its evidence ends there.
		const section = page.locator('section[aria-labelledby="after-p2"]');
		const first = section.getByRole('listitem').first();
		const radio = first.getByRole('radio').nth(2);
		await radio.check();
		await first.getByRole('button', { name: ui.check, exact: true }).click();
		await expect(first.locator('.verdict[data-verdict]')).toBeVisible();
		const shown = await first.locator('.verdict[data-verdict]').getAttribute('data-verdict');

		const expectRestored = async () => {
			// Back at the questions (a reload returns to the place; a new visit starts at the top).
			await comeToWovenQuestions(page);
			await expect(radio).toBeChecked({ timeout: 20_000 });
			await expect(first.locator('.verdict[data-verdict]')).toHaveAttribute('data-verdict', shown!);
			await expect(first.getByRole('button', { name: ui.tryAgain })).toBeVisible();
		};
		await page.reload();
		await expectRestored();

		// Away to the practice list and back, by the site's own links (no page load).
		await page
			.getByRole('navigation')
			.getByRole('link', { name: ui.practiceNav, exact: true })
			.click();
		await page.getByRole('link', { name: ui.wovenLink, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/practice/${LESSON}$`, 'u'));
		await expectRestored();
	});
}

for (const ui of [EN, AR])
	test(`every woven question comes after the text that answers it ${label(ui, { name: 'desktop' })}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto(`${ui.prefix}/practice/${LESSON}`);
		await comeToWovenQuestions(page);
		await expect(page.locator('.woven [id$="-prompt"]')).toHaveCount(questions.length, {
			timeout: 20_000
		});
		const misplaced = await page.evaluate(
			(list) =>
				list.flatMap(({ id, evidence }) => {
					const prompt = document.getElementById(`woven-${id}-prompt`);
					if (!prompt) return [`${id}: not on the page`];
					return evidence.flatMap((sentence) => {
						// The first word of each evidence sentence (the reader's id scheme).
						const word = document.querySelector(`[id^="word-${sentence.replace('.', '-')}-"]`);
						if (!word) return [`${id}: no sentence ${sentence}`];
						const after = word.compareDocumentPosition(prompt) & Node.DOCUMENT_POSITION_FOLLOWING;
						return after ? [] : [`${id} before ${sentence}`];
					});
				}),
			questions.map((q) => ({ id: q.id, evidence: q.evidence }))
		);
		expect(misplaced).toEqual([]);
		// The summary of the whole visit waits for the end of the article.
		const whole = page.locator('section[aria-labelledby="after-whole"]');
		await expect(whole.locator('#woven-fr-visit-summary-prompt')).toHaveCount(1);
	});
