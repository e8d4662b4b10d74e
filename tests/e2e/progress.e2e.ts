/**
 * The progress page end to end, in both interfaces: practice shows up on the dashboard (its
 * tables), a backup exported, everything erased and the backup imported give the same dashboard
 * back, and a damaged file is refused with where it is wrong while nothing changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { expect, test } from './fixtures';

const LESSON = 'shoigu-tehran-2023';
const questionCount = questionSets[0]!.questions.length;

interface Ui {
	prefix: string;
	locale: string;
	addToReview: string;
	practiceMode: string;
	check: string;
	showTable: string;
	kindHeading: string;
	singleChoice: string;
	completionHeading: string;
	vocabularyHeading: string;
	newState: string;
	exportLabel: string;
	csvLabel: string;
	importLabel: string;
	confirmImport: string;
	erase: string;
	eraseConfirm: string;
	answersKind: string;
	refusedPath: RegExp;
}

const EN: Ui = {
	prefix: '',
	locale: 'en',
	addToReview: 'Add to review',
	practiceMode: 'Practice mode',
	check: 'Check',
	showTable: 'Show as table',
	kindHeading: 'Accuracy by question kind',
	singleChoice: 'Single choice',
	completionHeading: 'Lesson completion',
	vocabularyHeading: 'Vocabulary by review state',
	newState: 'New',
	exportLabel: 'Export progress',
	csvLabel: 'Download report (CSV)',
	importLabel: 'Import progress',
	confirmImport: 'Add to my progress',
	erase: 'Erase my data',
	eraseConfirm: 'Yes, erase everything',
	answersKind: 'Checked answers',
	refusedPath: /attempts\[0\]\.answeredAt\u2069? is not a number/u
};
const AR: Ui = {
	prefix: '/ar',
	locale: 'ar',
	addToReview: 'أضف إلى المراجعة',
	practiceMode: 'وضع التدريب',
	check: 'تحقّق',
	showTable: 'اعرض جدولًا',
	kindHeading: 'الدقة حسب نوع السؤال',
	singleChoice: '',
	completionHeading: 'إنجاز الدروس',
	vocabularyHeading: 'المفردات حسب حالة المراجعة',
	newState: 'جديدة',
	exportLabel: 'تصدير التقدّم',
	csvLabel: 'تنزيل التقرير (CSV)',
	importLabel: 'استيراد التقدّم',
	confirmImport: 'أضِفه إلى تقدّمي',
	erase: 'امسح بياناتي',
	eraseConfirm: 'نعم، امسح كل شيء',
	answersKind: 'الإجابات المتحقَّق منها',
	refusedPath: /attempts\[0\]\.answeredAt\u2069? ليس عددًا/u
};

const digits = (ui: Ui, n: number) => new Intl.NumberFormat(ui.locale).format(n);
const percent = (ui: Ui, share: number) =>
	new Intl.NumberFormat(ui.locale, { style: 'percent' }).format(share);

/** Opens every chart's table and returns the text of each, in page order. */
async function dashboardTables(page: Page, ui: Ui): Promise<string[]> {
	const summaries = page.locator('main details > summary', { hasText: ui.showTable });
	for (const summary of await summaries.all()) {
		const details = summary.locator('..');
		if ((await details.getAttribute('open')) === null) await summary.click();
	}
	return page.locator('main details table').allInnerTexts();
}

async function noSidewaysScroll(page: Page): Promise<void> {
	// The elements reaching past the viewport's edge, named, so a failure says what to fix.
	const wide = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		return [...document.querySelectorAll('body *')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				if (box.width === 0 || (box.right <= width + 1 && box.left >= -1)) return false;
				// Inside a box that scrolls (or clips) sideways, it widens nothing.
				for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
					if (getComputedStyle(up).overflowX !== 'visible') return false;
				return true;
			})
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
			.slice(0, 5);
	});
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `sideways scroll at 360 px: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
}

for (const ui of [EN, AR]) {
	test(`practice shows on /progress; export, erase and import give it back (${ui.prefix || '/'})`, async ({
		page
	}, testInfo) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 1280, height: 900 });

		// Save a word in the reader.
		await page.goto(`${ui.prefix}/read/${LESSON}`);
		// A click before the page has hydrated opens nothing: click until the details open.
		await expect(async () => {
			await page.locator('#word-p1-s1-1').click();
			await expect(page.getByRole('dialog')).toBeVisible({ timeout: 2000 });
		}).toPass({ timeout: 60_000 });
		await page.getByRole('button', { name: ui.addToReview }).click();
		await expect(page.locator('section.saved li').first()).toBeVisible();

		// Answer the quiz's first question right, first time.
		await page.goto(`${ui.prefix}/practice/${LESSON}/quiz`);
		await page.getByRole('button', { name: ui.practiceMode }).click();
		await page.locator('.quiz input[type="radio"]').nth(0).check();
		await page.getByRole('button', { name: ui.check, exact: true }).click();
		await expect(page.locator('.quiz .verdict[data-verdict]')).toHaveAttribute(
			'data-verdict',
			'correct'
		);

		await page.goto(`${ui.prefix}/progress`);
		await expect(page.locator('[data-figure="attempts"]')).toHaveText(digits(ui, 1));
		await expect(page.locator('[data-figure="saved-words"]')).toHaveText(digits(ui, 1));
		await expect(page.locator('[data-figure="streak"]')).toHaveText(digits(ui, 1));
		const tables = await dashboardTables(page, ui);
		const kinds = page.getByRole('table', { name: ui.kindHeading });
		const kindRow = kinds.locator('tbody tr[data-key="single-choice"]');
		await expect(kindRow.locator('td')).toHaveText([digits(ui, 1), percent(ui, 1)]);
		if (ui.singleChoice) await expect(kindRow.locator('th')).toHaveText(ui.singleChoice);
		const completion = page.getByRole('table', { name: ui.completionHeading });
		await expect(
			completion.locator(`tr[data-key="${LESSON}:${questionSets[0]!.id}"] td`).nth(1)
		).toHaveText(new RegExp(`^${digits(ui, 1)} .* ${digits(ui, questionCount)}$`, 'u'));
		const vocabulary = page.getByRole('table', { name: ui.vocabularyHeading });
		await expect(vocabulary.locator('tr[data-key="new"] th')).toHaveText(ui.newState);
		await expect(vocabulary.locator('tr[data-key="new"] td')).toHaveText(digits(ui, 1));

		await page.setViewportSize({ width: 360, height: 740 });
		await noSidewaysScroll(page);
		await page.setViewportSize({ width: 1280, height: 900 });

		// Export.
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: ui.exportLabel }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/^fahm-progress-\d{4}-\d{2}-\d{2}\.json$/u);
		const file = testInfo.outputPath('progress.json');
		await download.saveAs(file);
		const backup = JSON.parse(readFileSync(file, 'utf8'));
		expect(backup).toMatchObject({ format: 'fahm-progress', version: 1 });
		expect(backup.attempts).toHaveLength(1);

		// The teacher's report: a header and the one answer (its code is fetched on the click).
		const reporting = page.waitForEvent('download');
		await page.getByRole('button', { name: ui.csvLabel }).click();
		const report = await reporting;
		expect(report.suggestedFilename()).toMatch(/^fahm-report-\d{4}-\d{2}-\d{2}\.csv$/u);
		const csv = readFileSync(await report.path(), 'utf8')
			.trim()
			.split(/\r?\n/u);
		expect(csv).toHaveLength(2);
		expect(csv[0]).toMatch(/^lesson,set,question,kind,/u);
		expect(csv[1]).toContain('single-choice');

		// Erase, after a confirmation step in the page.
		await page.getByRole('button', { name: ui.erase }).click();
		await page.getByRole('button', { name: ui.eraseConfirm }).click();
		await expect(page.locator('[data-figure="attempts"]')).toHaveText(digits(ui, 0));
		await expect(page.locator('[data-figure="saved-words"]')).toHaveText(digits(ui, 0));

		// A damaged file is refused, saying where, and nothing changes.
		const damaged = testInfo.outputPath('damaged.json');
		writeFileSync(
			damaged,
			JSON.stringify({ ...backup, attempts: [{ ...backup.attempts[0], answeredAt: 'today' }] })
		);
		await page.getByLabel(ui.importLabel).setInputFiles(damaged);
		await expect(page.getByRole('alert')).toContainText(ui.refusedPath);
		await expect(page.getByRole('button', { name: ui.confirmImport })).toHaveCount(0);
		await expect(page.locator('[data-figure="attempts"]')).toHaveText(digits(ui, 0));

		// Import the backup: what it adds is shown, then merged on confirmation.
		await page.getByLabel(ui.importLabel).setInputFiles(file);
		const plan = page.locator('.pending table');
		await expect(plan.locator('tr[data-key="attempts"] th')).toHaveText(ui.answersKind);
		await expect(plan.locator('tr[data-key="attempts"] td').first()).toHaveText(digits(ui, 1));
		await expect(plan.locator('tr[data-key="savedWords"] td').first()).toHaveText(digits(ui, 1));
		await page.getByRole('button', { name: ui.confirmImport }).click();
		await expect(page.locator('[data-figure="attempts"]')).toHaveText(digits(ui, 1));
		await expect(page.locator('[data-figure="saved-words"]')).toHaveText(digits(ui, 1));
		// The dashboard is drawn again as the merged records are read: it must come to what it was.
		await expect.poll(() => dashboardTables(page, ui)).toEqual(tables);

		// The same file again adds nothing.
		await page.getByLabel(ui.importLabel).setInputFiles(file);
		await expect(page.getByRole('button', { name: ui.confirmImport })).toHaveCount(0);
		await expect(page.locator('[data-figure="attempts"]')).toHaveText(digits(ui, 1));
	});
}
