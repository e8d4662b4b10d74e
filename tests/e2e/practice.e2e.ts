import type { Page } from '@playwright/test';
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { expect, test, startDrill } from './fixtures';

const LESSON = 'shoigu-tehran-2023';
const seedSet = questionSets[0]!;
const byId = new Map<string, (typeof seedSet.questions)[number]>(
	seedSet.questions.map((q) => [q.id, q])
);
const COUNT = seedSet.questions.length;
const TOTAL_POINTS = seedSet.questions.reduce((sum, q) => sum + (q.points ?? 1), 0);

/** What the focused element is, for deciding the next key. */
interface Focused {
	tag: string;
	type: string;
	text: string;
	action: string;
	checked: boolean;
}

const focused = (page: Page) =>
	page.evaluate((): Focused => {
		const el = document.activeElement as HTMLInputElement | null;
		return {
			tag: el?.tagName.toLowerCase() ?? '',
			type: el?.getAttribute('type') ?? '',
			text: el?.textContent?.trim() ?? '',
			action: el?.dataset.action ?? '',
			checked: !!el?.checked
		};
	});

/** Presses Tab (or `key`) until the focused element has one of `texts`; fails after `limit`. */
async function tabTo(page: Page, texts: string[], key = 'Tab', limit = 80): Promise<string> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(key);
		const { text } = await focused(page);
		if (texts.includes(text)) return text;
	}
	throw new Error(`${key} never reached ${texts.join(' / ')}`);
}

/** Arabic-Indic digits and decimal sign as a number. */
function readNumber(text: string): number {
	const western = text
		.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace('٫', '.');
	return Number(/[\d.]+/u.exec(western)![0]);
}

/**
 * Answers the question on screen with the keyboard alone, starting from its heading: Space on
 * the first radio of a group (or ArrowDown to the next one, every other question), Space on every
 * checkbox, ArrowDown in every select, typing in every text field, one move in an ordering. Short
 * answers are typed right, numbers right on even questions and wrong on odd ones.
 */
async function answerByKeyboard(page: Page, number: number, labels: Labels): Promise<void> {
	const questionId = await page.evaluate(() =>
		document.querySelector('.quiz [id$="-prompt"]')!.id.replace(/^quiz-|-prompt$/gu, '')
	);
	const question = byId.get(questionId)!;
	let radioDone = false;
	let selects = 0;
	let moved = false;
	for (let i = 0; i < 120; i++) {
		await page.keyboard.press('Tab');
		const el = await focused(page);
		if (el.action === 'check') return;
		if (el.tag === 'input' && el.type === 'radio' && !radioDone) {
			await page.keyboard.press(number % 2 === 0 ? 'ArrowDown' : 'Space');
			radioDone = true;
		} else if (el.tag === 'input' && el.type === 'checkbox' && !el.checked) {
			await page.keyboard.press('Space');
		} else if (el.tag === 'select') {
			selects++;
			for (let k = 0; k < selects; k++) await page.keyboard.press('ArrowDown');
		} else if (el.tag === 'input' && el.type === 'text') {
			const text =
				question.kind === 'short-answer'
					? question.accepted[0]!.text
					: question.kind === 'numerical'
						? String(question.answer + (number % 2))
						: 'طهران';
			await page.keyboard.type(text);
		} else if (el.tag === 'textarea') {
			await page.keyboard.type('زار شويغو طهران والتقى نظيره الإيراني.');
		} else if (el.tag === 'button' && el.text.startsWith('▼') && !moved) {
			await page.keyboard.press('Enter');
			moved = true;
		} else if (el.text === labels.showKeyboard || el.text === labels.hideKeyboard) {
			// The on-screen keyboard stays closed: a physical keyboard types here.
		}
	}
	throw new Error(`question ${number}: never reached Check`);
}

interface Labels {
	prefix: string;
	practiceMode: string;
	next: string;
	finish: string;
	review: string;
	showEvidence: string;
	evidenceTag: string;
	showKeyboard: string;
	hideKeyboard: string;
	heading: (n: number) => RegExp;
}

const EN: Labels = {
	prefix: '',
	practiceMode: 'Practice mode',
	next: 'Next',
	finish: 'Finish',
	review: 'Review the answers',
	showEvidence: 'Show the evidence in the article',
	evidenceTag: 'Evidence',
	showKeyboard: 'Show Arabic keyboard',
	hideKeyboard: 'Hide Arabic keyboard',
	heading: (n) => new RegExp(`^Question ${n} of ${COUNT}`, 'u')
};
const AR: Labels = {
	prefix: '/ar',
	practiceMode: 'وضع التدريب',
	next: 'التالي',
	finish: 'إنهاء',
	review: 'راجع الإجابات',
	showEvidence: 'اعرض الدليل في المقال',
	evidenceTag: 'دليل',
	showKeyboard: 'اعرض لوحة المفاتيح العربية',
	hideKeyboard: 'أخفِ لوحة المفاتيح العربية',
	heading: (n) =>
		new RegExp(
			`^السؤال ${new Intl.NumberFormat('ar').format(n)} من ${new Intl.NumberFormat('ar').format(COUNT)}`,
			'u'
		)
};

for (const labels of [EN, AR])
	test(`answers the whole seed quiz by keyboard alone (${labels.prefix || '/'})`, async ({
		page
	}) => {
		test.setTimeout(300_000);
		await page.goto(`${labels.prefix}/practice/${LESSON}/quiz`);
		const practiceMode = page.getByRole('button', { name: labels.practiceMode });
		// The choice is in the page as it paints, to be chosen once the stored run has been read.
		await expect(practiceMode).toBeEnabled();
		await practiceMode.focus();
		await page.keyboard.press('Enter');
		const heading = page.locator('h2[tabindex="-1"]');
		await expect(heading).toHaveText(labels.heading(1));
		await expect(page.locator('progress')).toHaveAttribute('max', String(COUNT));
		await heading.focus();

		let earned = 0;
		for (let n = 1; n <= COUNT; n++) {
			await expect(heading).toHaveText(labels.heading(n));
			await expect(heading).toBeFocused();
			await answerByKeyboard(page, n, labels);
			await page.keyboard.press('Enter');
			const verdict = page.locator('.quiz .verdict[data-verdict]');
			await expect(verdict, `question ${n} was graded`).toBeVisible();
			earned += readNumber((await verdict.locator('.points').textContent())!);
			await expect(page.locator('progress')).toHaveAttribute('value', String(n));
			await tabTo(page, [n === COUNT ? labels.finish : labels.next]);
			await page.keyboard.press('Enter');
		}

		const score = page.locator('.score .points');
		await expect(score).toBeVisible();
		await expect(score).toHaveAttribute('data-total', String(TOTAL_POINTS));
		const points = Number(await score.getAttribute('data-points'));
		// Displayed points are rounded to two decimals; the score sums the exact ones.
		expect(points).toBeCloseTo(earned, 1);
		// The answers above, first checks all, earn 38.95 points of the seed set (both languages).
		expect(points).toBeCloseTo(38.9475, 3);

		await tabTo(page, [labels.review]);
		await page.keyboard.press('Enter');
		await expect(page.locator('.review h2').first()).toBeFocused();
		await tabTo(page, [labels.showEvidence], 'Tab', 200);
		await page.keyboard.press('Enter');
		const mark = page.locator('.evidence-article mark').first();
		await expect(mark).toBeFocused();
		await expect(mark).toContainText(labels.evidenceTag);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.locator('#review-q1')).toBeFocused();
	});

test('resumes the quiz where the learner was after a reload', async ({ page }) => {
	await page.goto(`/practice/${LESSON}/quiz`);
	await page.getByRole('button', { name: 'Practice mode' }).click();
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('.quiz .verdict[data-verdict]')).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(
		page.getByRole('heading', { name: new RegExp(`^Question 2 of ${COUNT}`, 'u') })
	).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('heading', { name: new RegExp(`^Question 2 of ${COUNT}`, 'u') })
	).toBeVisible();
	await expect(page.getByRole('progressbar', { name: `Answered: 1 of ${COUNT}` })).toBeVisible();
	await page.getByRole('button', { name: 'Previous' }).click();
	await expect(page.locator('.quiz .verdict[data-verdict]')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('woven practice: a question after its paragraph, its evidence marked in the text', async ({
	page
}) => {
	// The reading page is long: axe takes its time over it on a busy machine.
	test.setTimeout(120_000);
	await page.goto(`/practice/${LESSON}`);
	const section = page.getByRole('region', { name: 'Questions on this part (Paragraph 2)' });
	await expect(section).toBeVisible();
	// The questions' code comes as the learner scrolls near them.
	await section.scrollIntoViewIfNeeded();
	const first = section.getByRole('listitem').first();
	await first.getByRole('radio').first().check();
	await first.getByRole('button', { name: 'Check' }).click();
	await expect(first.locator('.verdict[data-verdict]')).toBeVisible();
	await expect(first.getByRole('button', { name: 'Try again' })).toBeVisible();
	// The explanation lists the evidence; choosing a sentence marks it in the article.
	const evidence = first.locator('.explanation button.link').first();
	await evidence.click();
	const marked = page.locator('article .woven-evidence');
	await expect(marked).toHaveCount(1);
	await expect(page.locator('article .woven-evidence button.word').first()).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'Marked in the article' })).toHaveText(
		/Marked in the article: Paragraph \d+/u
	);
});

test('vocabulary drill: the same seed gives the same set, and a new set gets a new seed', async ({
	page
}) => {
	const url = `/practice/${LESSON}/vocabulary?seed=4242`;
	await startDrill(page, url);
	await expect(page.getByText('Set number 4242')).toBeVisible();
	const prompt = page.locator('.quiz [id$="-prompt"]').first();
	const firstPrompt = await prompt.textContent();
	expect(firstPrompt?.trim()).toBe('ما معنى «أَحَد»؟');
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('.quiz .verdict[data-verdict]')).toBeVisible();

	// A set under way comes back as it was left, with no Start to press.
	await page.goto(url);
	await expect(prompt).toHaveText(firstPrompt!);
	await expect(page.locator('.quiz .verdict[data-verdict]')).toBeVisible();

	await page.getByRole('button', { name: 'New set' }).click();
	const seed = await page.locator('#seed').getAttribute('data-seed');
	expect(seed).not.toBe('4242');
	await expect(page).toHaveURL(new RegExp(`\\?seed=${seed}$`, 'u'));
	await expect(page.getByRole('heading', { name: /^Question 1 of/u })).toBeVisible();
	await expect(page.getByRole('progressbar', { name: /^Answered: 0 of/u })).toBeVisible();
});

test('the practice list links each lesson to its three ways to practise', async ({ page }) => {
	await page.goto('/ar/practice');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	for (const name of ['أسئلة أثناء القراءة', 'الاختبار', 'تدريب المفردات'])
		await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'الاختبار', exact: true }).click();
	await expect(page).toHaveURL(/\/ar\/practice\/shoigu-tehran-2023\/quiz$/u);
});
