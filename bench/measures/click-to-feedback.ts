import type { Locator, Page } from '@playwright/test';
import type { Question } from '../../src/lib/content/question-schema';
import { loadQuestionSets } from '../../src/lib/content/index';
import { answerPlan, checkSteps, plannedChecks, type AnswerPlan } from '../lib/answers';
import { percentile } from '../lib/stats';
import type { ReadyBenchMeasure } from './measure';

/** Fewer timed checks than this in a run and the run fails: a p95 needs many clicks. */
const MIN_CHECKS = 50;
/** The lesson whose quiz is timed (the routes marked `feedback` are its quiz page). */
const LESSON = 'shoigu-tehran-2023';

declare global {
	interface Window {
		/** Set by the bench's click listener: resolves to the ms from the Check click to the paint. */
		__fahmBenchFeedback?: Promise<number>;
	}
}

/**
 * Put into the page before its own scripts. A capturing click listener on the window (before
 * Svelte's delegated handler) takes the click's `event.timeStamp` and notes the question's
 * feedback element as it was; then it looks at each animation frame for a visible feedback element
 * that is not that one (the verdict, or the prompt to answer). Once there is one, the frame after
 * it starts after the feedback was painted, and that is when the timing stops. No named
 * functions inside: tsx would wrap them in a helper (`__name`) that the page does not have.
 */
function listenForChecks() {
	window.addEventListener(
		'click',
		(event) => {
			if (!(event.target instanceof Element)) return;
			const button = event.target.closest('button[data-action="check"]');
			const question = button?.closest('.practice-question');
			if (!question) return;
			// The click's own time (same origin as performance.now()), so any delay before the
			// listeners ran counts too.
			const start = event.timeStamp;
			const before = question.querySelector('.verdict');
			window.__fahmBenchFeedback = (async () => {
				for (;;) {
					await new Promise((resolve) => requestAnimationFrame(resolve));
					const verdict = question.querySelector('.verdict');
					if (verdict && verdict !== before && verdict.checkVisibility()) break;
					if (performance.now() - start > 5000) throw new Error('no feedback 5 s after Check');
				}
				await new Promise((resolve) => requestAnimationFrame(resolve));
				return performance.now() - start;
			})();
		},
		{ capture: true }
	);
}

let questionsById: Map<string, Question> | undefined;

/** The lesson's questions by id, to answer typed questions right or wrong on purpose. */
async function loadQuestions(): Promise<Map<string, Question>> {
	if (questionsById) return questionsById;
	const sets = await loadQuestionSets(LESSON);
	questionsById = new Map(sets.flatMap((set) => set.questions.map((q) => [q.id, q] as const)));
	if (questionsById.size === 0) throw new Error(`${LESSON} has no questions`);
	return questionsById;
}

/**
 * Fills in the question on screen as the plan says, with Playwright's own actions (real input
 * events): every radio group, checkbox, select, text field and text area it shows, and the moves
 * of an ordering.
 */
async function answer(question: Locator, plan: AnswerPlan): Promise<void> {
	const radios = question.locator('input[type="radio"]');
	const radioCount = await radios.count();
	if (radioCount > 0) await radios.nth(plan.radio % radioCount).check();
	const checkboxes = question.locator('input[type="checkbox"]');
	const boxCount = await checkboxes.count();
	for (let i = 0; i < boxCount; i++)
		await checkboxes.nth(i).setChecked(i < Math.min(plan.checkboxes, boxCount));
	const selects = question.locator('select');
	for (let i = 0, count = await selects.count(); i < count; i++) {
		const select = selects.nth(i);
		const choices = (await select.locator('option').count()) - 1;
		if (choices > 0) await select.selectOption({ index: 1 + ((plan.option - 1 + i) % choices) });
	}
	const fields = question.locator('input[type="text"]');
	for (let i = 0, count = await fields.count(); i < count; i++) await fields.nth(i).fill(plan.text);
	const areas = question.locator('textarea');
	for (let i = 0, count = await areas.count(); i < count; i++)
		await areas.nth(i).fill(plan.textarea);
	const down = question.locator('button[id$="-down"]:enabled');
	for (let i = 0; i < plan.moves && (await down.count()) > 0; i++) await down.first().click();
}

/**
 * Clicks Check and returns the page's own timing of it. Only called with no feedback on screen,
 * or with the prompt to answer on screen before an answer that gets a verdict: the listener waits
 * for a feedback element that was not there before.
 */
async function timedCheck(page: Page, question: Locator, what: string): Promise<number> {
	await page.evaluate(() => delete window.__fahmBenchFeedback);
	await question.locator('button[data-action="check"]').click();
	const ms = await page
		.evaluate(() => window.__fahmBenchFeedback)
		.catch((error: unknown) => {
			throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
		});
	if (ms === undefined) throw new Error(`${what}: the click on Check was not seen by the page`);
	return ms;
}

/**
 * Time from a click on Check in the quiz to its feedback (the verdict, or the prompt to answer)
 * being painted, measured in the page itself so Playwright's round trips are not counted. Every
 * question of the quiz is answered (right or wrong, every kind) and checked; every other one is
 * tried again with another answer, and every sixth is first checked empty (lib/answers.ts
 * `checkSteps`): 70 checks per run on the seed quiz. Service workers are blocked so an install in
 * the background does not compete with the clicks; a fresh context means a fresh quiz.
 */
export const clickToFeedback: ReadyBenchMeasure = {
	name: 'click-to-feedback',
	how: 'answer every quiz question (every kind, right and wrong), Check; Try again on every other, Check empty first on every sixth; click event -> frame after the feedback is visible; p50, p95 per run',
	kind: 'timing',
	scope: 'route',
	appliesTo: (route) => route.feedback === true,
	metrics: [
		{ key: 'p50Ms', label: 'click to feedback p50', unit: 'ms', budget: 'clickToFeedbackP50Ms' },
		{ key: 'p95Ms', label: 'click to feedback p95', unit: 'ms', budget: 'clickToFeedbackP95Ms' }
	],
	async run({ browser, baseUrl }, route) {
		const questions = await loadQuestions();
		const context = await browser.newContext({ serviceWorkers: 'block' });
		try {
			const page = await context.newPage();
			await page.addInitScript(listenForChecks);
			const url = new URL(route?.path ?? '/', baseUrl).href;
			const response = await page.goto(url, { waitUntil: 'networkidle' });
			if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
			const question = page.locator('.quiz .practice-question');
			const prompt = question.locator('[id$="-prompt"]').first();
			const feedback = question.locator('.verdict');
			const retry = question.locator('button[data-action="retry"]');
			const next = page.locator('.quiz nav button').nth(1);
			const progress = page.locator('.quiz progress');
			// The quiz starts with the choice of mode: Check gives feedback in practice mode.
			await page.locator('button[data-mode="practice"]').click();
			await prompt.waitFor();
			const count = Number(await progress.getAttribute('max'));
			if (plannedChecks(count) < MIN_CHECKS)
				throw new Error(`${url} has ${count} questions, too few for ${MIN_CHECKS} checks`);

			const times: number[] = [];
			let attempt = 0;
			for (let index = 0; index < count; index++) {
				const promptId = (await prompt.getAttribute('id')) ?? '';
				const id = promptId.replace(/^quiz-/u, '').replace(/-prompt$/u, '');
				const item = questions.get(id);
				if (!item) throw new Error(`question ${index + 1} (${promptId}) is not in ${LESSON}`);
				for (const step of checkSteps(index)) {
					const what = `question ${index + 1} (${item.kind}), ${step}`;
					// A verdict locks the question until Try again (an empty ordering is an answer too).
					const settled = (await retry.count()) > 0;
					// Tried again only after a verdict: a second prompt to answer would look the same.
					if (step === 'retry' && !settled) continue;
					if (settled) {
						await retry.click();
						await feedback.waitFor({ state: 'detached' });
					}
					if (step !== 'empty') await answer(question, await answerPlan(item, attempt++));
					times.push(await timedCheck(page, question, what));
				}
				if (index === count - 1) break;
				await next.click();
				await page.waitForFunction(
					(previous) => document.querySelector('.quiz [id$="-prompt"]')?.id !== previous,
					promptId
				);
			}
			if (times.length < MIN_CHECKS)
				throw new Error(`only ${times.length} checks timed, fewer than ${MIN_CHECKS}`);
			return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
		} finally {
			await context.close();
		}
	}
};
