/**
 * A set a teacher published on this device reaches the learner: listed on /practice under its
 * title (both interface languages), played as a quiz with its own progress, which a reload keeps.
 * The editor's pages come later, so the set is written into IndexedDB as the app stores it.
 */
import type { Page } from '@playwright/test';
import { comeToWovenQuestions, expect, test } from './fixtures';

const LESSON = 'shoigu-tehran-2023';
const question = (id: string, right: string, wrong: string) => ({
	kind: 'single-choice',
	id,
	prompt: { en: 'Who visited Tehran?', ar: 'من زار طهران؟' },
	explanation: { en: 'Paragraph 1 names him.', ar: 'تذكره الفقرة 1.' },
	evidence: ['p1.s1'],
	tier: 1,
	skill: 'literal',
	options: [
		{ id: 'a', text: right, correct: true },
		{ id: 'b', text: wrong, correct: false }
	]
});
const set = {
	id: 'who-went',
	article: LESSON,
	title: { en: 'Who went to Tehran', ar: 'من ذهب إلى طهران' },
	questions: [question('q1', 'شويغو', 'بوتين'), question('q2', 'وزير الدفاع', 'وزير الخارجية')]
};
const record = (id: string, published: unknown) => ({
	schemaVersion: 1,
	id,
	lessonId: LESSON,
	draft: { ...set, id },
	published,
	createdAt: 1_000,
	updatedAt: 2_000,
	publishedAt: 2_000
});

/** Writes the records once the app has made its database (it does on /practice). */
async function seed(page: Page, records: unknown[]): Promise<void> {
	await page.evaluate(async (records) => {
		for (let i = 0; i < 100; i++) {
			const dbs = await indexedDB.databases();
			if (dbs.some((d) => d.name === 'fahm' && (d.version ?? 0) >= 4)) break;
			await new Promise((r) => setTimeout(r, 50));
		}
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('fahm');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('teacherSets', 'readwrite');
			for (const r of records) tx.objectStore('teacherSets').put(r);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, records);
}

test('a published set is listed on /practice and played as a quiz with its own progress', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/practice');
	await seed(page, [
		record('who-went', { ...set, passMark: 0.7, minPerSkill: 0 }),
		record('damaged', { id: 'damaged' })
	]);
	await page.reload();

	const ways = page.getByRole('list', { name: /Who went to Tehran/u });
	await expect(ways.getByRole('link', { name: 'Quiz' })).toHaveAttribute(
		'href',
		`/practice/${LESSON}/quiz?set=who-went`
	);
	await expect(ways.getByRole('link', { name: 'Questions while you read' })).toHaveAttribute(
		'href',
		`/practice/${LESSON}?set=who-went`
	);
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
		'(damaged)'
	);

	await page.goto('/ar/practice');
	await expect(page.getByRole('heading', { name: /من ذهب إلى طهران/u })).toBeVisible();
	await expect(
		page.getByRole('list', { name: /من ذهب إلى طهران/u }).getByRole('link', { name: 'الاختبار' })
	).toBeVisible();

	await page.goto('/practice');
	await page
		.getByRole('list', { name: /Who went to Tehran/u })
		.getByRole('link', { name: 'Quiz' })
		.click();
	await expect(page.locator('.set-title-en')).toHaveText('Who went to Tehran');
	await expect(page.getByRole('link', { name: 'Who went to Tehran' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await page.getByRole('button', { name: 'Practice mode' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 of 2/u })).toBeVisible();
	await page.getByRole('radio', { name: 'شويغو' }).check();
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(page.locator('.quiz .verdict[data-verdict="correct"]')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('progressbar', { name: 'Answered: 1 of 2' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'شويغو' })).toBeChecked();
});

test('a published set is woven into the reading by ?set=, alone', async ({ page }) => {
	// The reading page is long: axe takes its time over it on a busy machine.
	test.setTimeout(180_000);
	await page.goto('/practice');
	await seed(page, [
		record('who-went', { ...set, passMark: 0.7, minPerSkill: 0 }),
		record('damaged', { id: 'damaged' })
	]);
	// A set the address names that is not on this device is named, with any record that could
	// not be read (in the interface's language: that wording comes only when it is needed).
	await page.goto(`/ar/practice/${LESSON}?set=gone`);
	await expect(page.getByRole('status').filter({ hasText: '«gone»' })).toHaveText(
		'لا توجد لهذا الدرس مجموعة أسئلة «gone» على هذا الجهاز.'
	);
	await expect(page.getByRole('status').filter({ hasText: 'تعذّرت قراءة' })).toContainText(
		'(damaged)'
	);
	await page.goto(`/practice/${LESSON}?set=who-went`);
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
		'(damaged)'
	);
	await expect(page.getByText(/has no question set/u)).toHaveCount(0);
	await comeToWovenQuestions(page);
	const right = page.getByRole('radio', { name: 'شويغو' });
	await expect(right).toBeVisible({ timeout: 20_000 });
	// Only this set's two questions are woven in, none of the built-in set's.
	await expect(page.getByRole('radio', { name: 'بوتين' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check', exact: true })).toHaveCount(2);
	await right.check();
	await page.getByRole('button', { name: 'Check', exact: true }).first().click();
	await expect(page.locator('.verdict[data-verdict="correct"]')).toBeVisible();
});
