/**
 * Walking a quiz in practice mode, as a learner does: Next until the question wanted is shown.
 */
import type { Locator, Page } from '@playwright/test';
import { questionSets } from '../../src/lib/content/articles/shoigu-tehran-2023/questions';
import { expect } from './fixtures';

/** The quiz's question heading ("Question 3 of 12"). */
export function questionHeading(page: Page): Locator {
	return page.getByRole('main').getByRole('heading', { level: 2 }).first();
}

/**
 * Switches the seed lesson's first quiz (already open) to practice mode and goes on to its first
 * short-answer question; resolves with that question's index.
 */
export async function walkToFirstShortAnswer(page: Page): Promise<number> {
	await page.getByRole('button', { name: 'Practice mode' }).click();
	const heading = questionHeading(page);
	const target = questionSets[0]!.questions.findIndex((q) => q.kind === 'short-answer');
	for (let n = 0; n < target; n++) {
		const before = (await heading.textContent()) ?? '';
		await page.getByRole('button', { name: 'Next', exact: true }).click();
		await expect(heading).not.toHaveText(before);
	}
	return target;
}
