import type { Page } from '@playwright/test';
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { SKILLS, type Skill } from '../../src/lib/content/skills';
import { expect, test } from './fixtures';

const seedSet = questionSets[0]!;
const first = seedSet.questions[0]!;
const pointsOf = (q: (typeof seedSet.questions)[number]) => ('points' in q ? q.points : 1) ?? 1;

interface Labels {
	prefix: string;
	locale: string;
	check: string;
	practiceMode: string;
	finish: string;
	finishNow: string;
	review: string;
	caption: string;
	points: (points: string, total: string) => string;
	skill: Record<Skill, string>;
	of: (skill: string) => string;
}

const EN: Labels = {
	prefix: '',
	locale: 'en',
	check: 'Check',
	practiceMode: 'Practice mode',
	finish: 'Finish',
	finishNow: 'Finish now',
	review: 'Review the answers',
	caption: 'Score by reading skill',
	points: (points, total) => `${points} of ${total}`,
	skill: {
		literal: 'Stated facts',
		inference: 'Inference',
		reference: 'Reference',
		'vocabulary-in-context': 'Vocabulary in context',
		'main-idea': 'Main idea',
		discourse: 'Connectors and reporting verbs',
		source: 'Sources and claims'
	},
	of: (skill) => `Skill: ${skill}`
};
const AR: Labels = {
	prefix: '/ar',
	locale: 'ar',
	check: 'تحقّق',
	practiceMode: 'وضع التدريب',
	finish: 'إنهاء',
	finishNow: 'أنهِ الآن',
	review: 'راجع الإجابات',
	caption: 'النتيجة حسب مهارة القراءة',
	points: (points, total) => `${points} من ${total}`,
	skill: {
		literal: 'المعلومات الصريحة',
		inference: 'الاستنتاج',
		reference: 'الإحالة',
		'vocabulary-in-context': 'معنى الكلمة في سياقها',
		'main-idea': 'الفكرة الرئيسة',
		discourse: 'أدوات الربط وأفعال القول',
		source: 'نسبة الأقوال إلى أصحابها'
	},
	of: (skill) => `المهارة: ${skill}`
};

/** The per-skill rows the learner should read after answering only the first question, rightly. */
function expectedRows(labels: Labels): [string, string][] {
	const format = (n: number) => new Intl.NumberFormat(labels.locale).format(n);
	return SKILLS.flatMap((skill): [string, string][] => {
		const questions = seedSet.questions.filter((q) => q.skill === skill);
		if (questions.length === 0) return [];
		const total = questions.reduce((n, q) => n + pointsOf(q), 0);
		const earned = skill === first.skill ? pointsOf(first) : 0;
		return [[labels.skill[skill], labels.points(format(earned), format(total))]];
	});
}

/** The table of scores by skill as [skill, points] pairs, read as a learner sees them. */
async function skillRows(page: Page, labels: Labels): Promise<[string, string][]> {
	const table = page.getByRole('table', { name: labels.caption });
	await expect(table).toBeVisible();
	const rows = table.locator('tbody tr');
	const out: [string, string][] = [];
	for (let i = 0; i < (await rows.count()); i++) {
		const row = rows.nth(i);
		out.push([
			(await row.getByRole('rowheader').innerText()).trim(),
			(await row.getByRole('cell').innerText()).trim()
		]);
	}
	return out;
}

for (const labels of [EN, AR])
	test(`the score and the review give the points per reading skill (${labels.prefix || '/'})`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		if (first.kind !== 'single-choice')
			throw new Error('the seed quiz should open with a single choice');
		const right = first.options.find((o) => o.correct)!;
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto(`${labels.prefix}/practice/shoigu-tehran-2023/quiz`);
		await page.getByRole('button', { name: labels.practiceMode, exact: true }).click();

		await page.getByRole('radio', { name: right.text }).check();
		await page.getByRole('button', { name: labels.check, exact: true }).click();
		await expect(page.locator('.quiz .verdict[data-verdict="correct"]')).toBeVisible();
		await page.getByRole('button', { name: labels.finish, exact: true }).click();
		await page.getByRole('button', { name: labels.finishNow }).click();

		const rows = expectedRows(labels);
		expect(rows.length).toBe(SKILLS.length);
		expect(await skillRows(page, labels)).toEqual(rows);
		await page.screenshot({ path: `/tmp/skills-score-${labels.locale}.png`, fullPage: true });

		await page.getByRole('button', { name: labels.review }).click();
		expect(await skillRows(page, labels)).toEqual(rows);
		const firstAnswer = page.locator('.answers > li').first();
		await expect(firstAnswer.getByText(labels.of(labels.skill[first.skill]))).toBeVisible();
		await page.screenshot({ path: `/tmp/skills-review-${labels.locale}.png` });
	});
