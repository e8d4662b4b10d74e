/**
 * The teacher's pages by keyboard alone: a new set is made and opened, its title written, a
 * single-choice question added and filled (a problem followed from the summary, its evidence
 * picked from the article), previewed and answered, the set published and answered as a learner,
 * and a reload in the middle of typing loses nothing. A copy of the built-in set opens folded and
 * goes out as JSON and back in whole, the original untouched. Then the Arabic pages at phone
 * width. axe runs on every page visited (the fixture); neither width scrolls sideways.
 */
import type { Locator, Page } from '@playwright/test';
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { expect, test } from './fixtures';

const BUILT_IN = questionSets[0]!;

/** Focuses a control and presses a key on it: what a keyboard user does after tabbing there. */
async function press(control: Locator, key = 'Enter') {
	await control.focus();
	await control.press(key);
}

/** Replaces a field's text by typing. */
async function typeInto(field: Locator, text: string) {
	await field.focus();
	await field.press('ControlOrMeta+a');
	await field.press('Delete');
	await field.page().keyboard.type(text);
}

async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

test('a teacher starts a set, adds a question, previews, publishes, and a reload loses nothing', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/teach');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teach');
	await expect(page.getByText('Status: built-in').first()).toBeVisible();
	await expectNoSidewaysScroll(page);

	// Make a copy is offered on each built-in set (the third test takes it); this flow starts anew.
	await expect(page.getByRole('button', { name: 'Make a copy' }).first()).toBeVisible();
	await press(page.getByRole('button', { name: 'New set' }).first());
	await expect(page).toHaveURL(/\/teach\/edit\?set=/u);
	const title = page.getByRole('textbox', { name: 'Title (English)' });
	await expect(title).toHaveValue('');
	await typeInto(page.getByRole('textbox', { name: 'Title (Arabic)' }), 'شويغو في طهران');
	await typeInto(title, 'Class 9B: Shoigu in Tehran');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/u })).toBeVisible();

	// A new single-choice question: focus lands on its heading.
	await page
		.getByRole('combobox', { name: 'Kind of the new question' })
		.selectOption('single-choice');
	await press(page.getByRole('button', { name: 'Add question' }));
	const heading = page.locator(':focus');
	await expect(heading).toHaveRole('heading');
	const name = (await heading.textContent())!.trim();
	const n = Number(name.replace(/\D/gu, ''));
	const question = page.getByRole('region', { name, exact: true });

	// Its empty prompt is a problem; the summary's link puts the cursor in the field.
	await expect(page.getByRole('button', { name: 'Publish' })).toHaveAttribute(
		'aria-disabled',
		'true'
	);
	const problem = page
		.getByRole('region', { name: /problems?$/u })
		.getByRole('link', { name: new RegExp(`^Question ${n}: `, 'u') })
		.first();
	await press(problem);
	await expect(page.locator(':focus')).toHaveAttribute('aria-invalid', 'true');

	await typeInto(
		question.getByRole('textbox', { name: 'Question (English)' }),
		'Who arrived in Tehran?'
	);
	await typeInto(question.getByRole('textbox', { name: 'Question (Arabic)' }), 'من وصل إلى طهران؟');
	await typeInto(
		question.getByRole('textbox', { name: 'Explanation (English)' }),
		'The first paragraph says so.'
	);
	await typeInto(
		question.getByRole('textbox', { name: 'Explanation (Arabic)' }),
		'تقول ذلك الفقرة الأولى.'
	);
	await typeInto(question.getByRole('textbox', { name: /^Option 1/u }), 'شويغو');
	await typeInto(question.getByRole('textbox', { name: /^Option 2/u }), 'لافروف');
	await press(question.getByRole('radio', { name: 'Correct' }).first(), 'Space');

	// Evidence from the article: the panel follows the question, each sentence a toggle.
	await press(question.getByRole('button', { name: `Choose evidence for question ${n}` }));
	await expect(page.locator(':focus')).toHaveText(`Article: evidence for question ${n}`);
	const sentence = page.getByRole('button', { name: /p1\.s1/u });
	await press(sentence);
	await expect(sentence).toHaveAttribute('aria-pressed', 'true');
	await expect(question.getByRole('group', { name: 'Evidence' })).toContainText('p1.s1');

	await expect(
		page.getByRole('heading', { name: 'No problems: the set can be published.' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Publish' })).toHaveAttribute(
		'aria-disabled',
		'false'
	);

	// Preview as a learner: answer and check; nothing is recorded.
	await press(question.getByRole('button', { name: `Preview question ${n}` }));
	const preview = question.getByRole('region', { name: `Preview of question ${n}` });
	await press(preview.getByRole('radio', { name: 'شويغو' }), 'Space');
	await press(preview.getByRole('button', { name: 'Check' }));
	await expect(preview.getByText('Correct', { exact: true })).toBeVisible();

	// A reload in the middle of typing: the half-typed title comes back.
	await title.focus();
	await title.press('End');
	// Typed at a person's pace; at most the key being written as the page unloads may be lost.
	await page.keyboard.type(' (draft', { delay: 120 });
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Title (English)' })).toHaveValue(
		/^Class 9B: Shoigu in Tehran \(draft?$/u
	);

	await press(page.getByRole('button', { name: 'Publish' }));
	await expect(page.getByText(/^Published\./u)).toBeVisible();
	await page.screenshot({ path: 'reports/teach-editor-desktop.png', fullPage: false });

	// Back on /teach the set is listed under its title as published.
	await page.goto('/teach');
	await expect(
		page.getByRole('heading', { name: /Class 9B: Shoigu in Tehran \(draf/u })
	).toBeVisible();
	await expect(page.getByText('Status: published')).toBeVisible();

	// A learner finds it on /practice under its title and answers it in the quiz.
	await page.goto('/practice');
	const ways = page.getByRole('list', { name: /Class 9B: Shoigu in Tehran/u });
	await press(ways.getByRole('link', { name: 'Quiz' }));
	await expect(page).toHaveURL(/\/quiz\?set=/u);
	await press(page.getByRole('button', { name: 'Practice mode' }));
	await expect(page.getByRole('heading', { name: /^Question 1 of 1/u })).toBeVisible();
	await press(page.getByRole('radio', { name: 'شويغو' }), 'Space');
	await press(page.getByRole('button', { name: 'Check', exact: true }));
	await expect(page.getByText('Correct', { exact: true }).first()).toBeVisible();
});

test('a copy of a built-in set opens folded, and exported then imported it comes back whole', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/teach');
	await press(page.getByRole('button', { name: 'Make a copy' }).first());
	await expect(page).toHaveURL(/\/teach\/edit\?set=/u);
	await expect(page.getByRole('textbox', { name: 'Title (English)' })).toHaveValue(
		`${BUILT_IN.title.en} (copy)`
	);
	// Every question folded to one line; one opened shows its fields.
	const count = BUILT_IN.questions.length;
	await expect(page.getByRole('button', { name: /^Edit question \d+$/u })).toHaveCount(count);
	await press(page.getByRole('button', { name: 'Edit question 2', exact: true }));
	await expect(page.getByRole('textbox', { name: 'Question (English)' })).toHaveValue(
		BUILT_IN.questions[1]!.prompt.en
	);
	await expect(
		page.getByRole('heading', { name: 'No problems: the set can be published.' })
	).toBeVisible();

	const download = page.waitForEvent('download');
	await press(page.getByRole('button', { name: 'Export JSON' }));
	const file = await (await download).path();

	// Imported on /teach (a file is chosen in the system's dialog; here, set directly).
	await page.goto('/teach');
	await page.getByLabel('Import JSON').setInputFiles(file);
	await expect(page.getByText(`${count} in all`)).toBeVisible();
	await press(page.getByRole('button', { name: 'Add this set' }));
	await expect(page.getByText(/exists already, so this one was added as/u)).toBeVisible();
	const own = page.getByRole('heading', { name: `${BUILT_IN.title.en} (copy)` });
	await expect(own).toHaveCount(2);
	await expect(page.getByText(`${count} questions`)).toHaveCount(3);
	// The built-in set itself is as it was.
	await expect(page.getByText('Status: built-in')).toHaveCount(questionSets.length);
});

test('a question of every kind can be added, each with its own fields, by keyboard', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/teach');
	await press(page.getByRole('button', { name: 'New set' }).first());
	await expect(page).toHaveURL(/\/teach\/edit\?set=/u);
	// Each kind, as "Kind of the new question" offers it, and a field only its own editor has.
	const kinds: [string, string, 'textbox' | 'radiogroup' | 'combobox', RegExp][] = [
		['single-choice', 'Single choice', 'textbox', /^Option 1/u],
		['multiple-response', 'Multiple response', 'textbox', /^Option 3/u],
		['true-false-not-stated', 'True, false or not stated', 'radiogroup', /^Answer/u],
		['short-answer', 'Short answer', 'textbox', /^Accepted answer 1/u],
		['numerical', 'Number', 'textbox', /^Tolerance/u],
		['matching', 'Matching', 'textbox', /^Pair 1: item/u],
		['ordering', 'Ordering', 'textbox', /^Item 3/u],
		['cloze', 'Fill the gaps', 'combobox', /^Sentence/u],
		['evidence', 'Find the evidence', 'textbox', /^Claim/u],
		['free-response', 'Free response', 'textbox', /^Sample answer/u]
	];
	for (const [n, [kind, label, role, field]] of kinds.entries()) {
		const select = page.getByRole('combobox', { name: 'Kind of the new question' });
		await select.focus();
		await select.selectOption(kind);
		await press(page.getByRole('button', { name: 'Add question' }));
		const heading = page.getByRole('heading', { name: `Question ${n + 1}`, exact: true });
		await expect(heading).toBeFocused();
		const question = page.getByRole('region', { name: `Question ${n + 1}`, exact: true });
		const kindField = question.getByRole('combobox', { name: 'Kind', exact: true });
		await expect(kindField).toHaveValue(kind);
		await expect(kindField.locator('option:checked')).toHaveText(label);
		await expect(question.getByRole(role, { name: field }).first()).toBeVisible();
	}
	// Ten blank questions: each has problems, and the set cannot be published yet.
	await expect(page.getByRole('button', { name: 'Publish' })).toHaveAttribute(
		'aria-disabled',
		'true'
	);
	for (const n of [1, 10])
		await expect(
			page
				.getByRole('region', { name: /problems?$/u })
				.getByRole('link', { name: new RegExp(`^Question ${n}: `, 'u') })
				.first()
		).toBeVisible();
});

test('the Arabic pages at phone width: the list, and the editor with the article folded', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/ar/teach');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('للمعلّمين');
	await expectNoSidewaysScroll(page);
	await press(page.getByRole('button', { name: 'مجموعة جديدة' }).first());
	await expect(page).toHaveURL(/\/ar\/teach\/edit\?set=/u);
	const title = page.getByRole('textbox', { name: 'العنوان (بالعربية)' });
	await expect(title).toHaveAttribute('dir', 'rtl');
	await press(page.getByRole('button', { name: 'أضف سؤالًا' }));
	await expect(page.getByRole('heading', { name: 'السؤال 1' })).toBeFocused();
	await expect(page.getByText('المقال: الدليل للسؤال 1')).toBeVisible();
	await expect(page.getByRole('button', { name: /p1\.s1/u })).toBeHidden();
	await expectNoSidewaysScroll(page);
	await page.screenshot({ path: 'reports/teach-editor-phone-ar.png', fullPage: true });
});
