/**
 * A half-typed answer survives a plain reload, in the quiz and in practice while reading (issue 13,
 * point 2): it is kept on the device as it is typed, and comes back into its question.
 */
import { comeToWovenQuestions, expect, startDrill, test } from './fixtures';
import { questionHeading, walkToFirstShortAnswer } from './quiz-walk';

const LESSON = 'shoigu-tehran-2023';

test('a half-typed quiz answer comes back after a reload', async ({ page }) => {
	await page.goto(`/practice/${LESSON}/quiz`);
	const target = await walkToFirstShortAnswer(page);
	const heading = questionHeading(page);
	const field = page.getByRole('textbox', { name: 'Your answer (in Arabic)' });
	await field.click();
	await page.keyboard.type('طهر');
	await page.reload();
	// The quiz comes back once its progress is read (seconds on a busy machine).
	await expect(heading).toHaveText(new RegExp(`^Question ${target + 1} of`, 'u'), {
		timeout: 20_000
	});
	await expect(page.getByRole('textbox', { name: 'Your answer (in Arabic)' })).toHaveValue('طهر');
});

test('an answer chosen in a drill before any check comes back after a reload', async ({ page }) => {
	// Seed 1 opens with "What does «مَزِيد» mean?".
	await startDrill(page, `/practice/${LESSON}/vocabulary?seed=1`);
	await page.getByRole('radio', { name: 'more, further' }).check();
	await page.reload();
	// The set is under way: it comes back by itself, with no Start to press.
	await expect(page.getByRole('radio', { name: 'more, further' })).toBeChecked({ timeout: 20_000 });
	await expect(page.getByRole('button', { name: 'Start the drill' })).toHaveCount(0);
});

test('a half-typed answer while reading comes back after a reload', async ({ page }) => {
	// The whole article with its questions, twice: axe takes a while over it.
	test.setTimeout(240_000);
	await page.goto(`/practice/${LESSON}`);
	await comeToWovenQuestions(page);
	const field = page.locator('#woven-sa-city-answer');
	await field.click();
	await page.keyboard.type('طهرا');
	await page.reload();
	// Back at the question after the reload: it comes again, with the answer in place.
	await expect(page.locator('#woven-sa-city-answer')).toHaveValue('طهرا', { timeout: 20_000 });
	await expect(page.locator('#woven-sa-city-answer')).toBeInViewport();
	// Not checked yet: the question is open, with Check to press.
	const question = page.locator('li').filter({ has: page.locator('#woven-sa-city-answer') });
	await expect(question.getByRole('button', { name: 'Check' })).toBeVisible();
});
