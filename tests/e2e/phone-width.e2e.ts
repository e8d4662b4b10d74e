import type { Page } from '@playwright/test';
import { comeToWovenQuestions, expect, test, startDrill } from './fixtures';

// Issue 9, point 2: no learner page scrolls sideways on a 360 px phone, whatever has been opened
// or scrolled into view; and (point 12) the reader's first phone screen shows the article itself.

const LESSON = 'shoigu-tehran-2023';
const WIDTH = 360;

test.use({ viewport: { width: WIDTH, height: 740 } });

interface Overflow {
	scrollWidth: number;
	/** The elements sticking out of the viewport, outermost first, with their edges. */
	offenders: string[];
}

/**
 * The page's scroll width and every visible element whose box leaves the viewport on either side
 * (RTL pages overflow to the left). Elements clipped by a scrolling or clipping ancestor that
 * itself fits, and visually hidden ones (clip, 1 px), are not offenders.
 */
const measure = (page: Page) =>
	page.evaluate((): Overflow => {
		const width = document.documentElement.clientWidth;
		const offenders: string[] = [];
		const hidden = (el: Element) => {
			const style = getComputedStyle(el);
			return (
				style.visibility === 'hidden' ||
				(style.clip !== 'auto' && style.clip !== '') ||
				style.clipPath !== 'none' ||
				(style.position === 'absolute' && el.getBoundingClientRect().width <= 1)
			);
		};
		const clippedInside = (el: Element) => {
			for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
				const style = getComputedStyle(up);
				if (style.overflowX !== 'visible') {
					const box = up.getBoundingClientRect();
					return box.left >= -0.5 && box.right <= width + 0.5;
				}
			}
			return false;
		};
		const out: Element[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			if (box.left >= -0.5 && box.right <= width + 0.5) continue;
			if (hidden(el) || clippedInside(el)) continue;
			out.push(el);
		}
		const name = (e: Element) => {
			const box = e.getBoundingClientRect();
			const text = (e.textContent ?? '').trim().replace(/\s+/gu, ' ').slice(0, 50);
			const classes = [...e.classList].filter((c) => !c.startsWith('svelte-'));
			return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${classes.map((c) => '.' + c).join('')} [${Math.round(box.left)}, ${Math.round(box.right)}] "${text}"`;
		};
		// Each overflowing subtree once, at its outermost element, with its innermost overflowing
		// elements: usually the cause (a long word, a wide select, a fixed width).
		const set = new Set(out);
		for (const el of out) {
			let up = el.parentElement;
			while (up && !set.has(up)) up = up.parentElement;
			if (up) continue;
			const inner = out.filter((d) => el.contains(d) && !out.some((x) => x !== d && d.contains(x)));
			offenders.push(`${name(el)} <- ${inner.slice(0, 4).map(name).join(' | ')}`);
		}
		return { scrollWidth: document.documentElement.scrollWidth, offenders };
	});

/** Scrolls from top to bottom (lazy content appears on the way), measuring at each stop. */
async function expectNoSidewaysScroll(page: Page, where: string, width = WIDTH): Promise<void> {
	const height = await page.evaluate(() => window.innerHeight);
	let y = 0;
	for (let stop = 0; stop < 60; stop++) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(50);
		const found = await measure(page);
		expect(found.offenders, `${where}, scrolled to ${y}px: elements beyond ${width}px`).toEqual([]);
		expect(found.scrollWidth, `${where}, scrolled to ${y}px: page width`).toBeLessThanOrEqual(
			width
		);
		const bottom = await page.evaluate(
			() => document.documentElement.scrollHeight - window.innerHeight
		);
		if (y >= bottom) return;
		y = Math.min(bottom, y + Math.round(height * 0.8));
	}
}

const UIS = [
	{
		prefix: '',
		next: 'Next',
		check: 'Check',
		practiceMode: 'Practice mode',
		solution: 'Show solution',
		keyboard: 'Show Arabic keyboard',
		settings: 'Reading settings',
		larger: 'Larger text'
	},
	{
		prefix: '/ar',
		next: 'التالي',
		check: 'تحقّق',
		practiceMode: 'وضع التدريب',
		solution: 'اعرض الحل',
		keyboard: 'اعرض لوحة المفاتيح العربية',
		settings: 'إعدادات القراءة',
		larger: 'تكبير النص'
	}
] as const;

const STILL_PAGES = [
	'',
	'/read',
	'/practice',
	'/review',
	'/progress',
	'/teach',
	'/sources',
	'/device'
];

for (const ui of UIS) {
	const at = (path: string) => `${ui.prefix}${path}` || '/';

	test(`${ui.prefix || 'en'}: the plain pages fit a 360 px phone`, async ({ page }) => {
		for (const path of STILL_PAGES) {
			await page.goto(at(path));
			await expectNoSidewaysScroll(page, at(path));
		}
	});

	test(`${ui.prefix || 'en'}: the reader fits, with a word's details open`, async ({ page }) => {
		await page.goto(at(`/read/${LESSON}`));
		await expectNoSidewaysScroll(page, 'reader');
		await page.evaluate(() => window.scrollTo(0, 0));
		const word = page.locator('article button.word').first();
		await word.click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expectNoSidewaysScroll(page, 'reader, word details open');
		await page.keyboard.press('Escape');
		// On a phone the reading settings fold behind one button, and every one is there when open.
		const toggle = page.getByRole('button', { name: ui.settings });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('button', { name: ui.larger })).toBeVisible();
		await expectNoSidewaysScroll(page, 'reader, settings open');
	});

	test(`${ui.prefix || 'en'}: practice while reading fits once every question is on screen`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto(at(`/practice/${LESSON}`));
		await comeToWovenQuestions(page);
		await expectNoSidewaysScroll(page, 'woven practice');
		// Every question answered wrongly or not at all, then its solution: the longest state.
		const checks = page.getByRole('button', { name: ui.check, exact: true });
		await expect(checks.first()).toBeVisible();
		const count = await checks.count();
		expect(count).toBeGreaterThan(10);
		const solutions = page.getByRole('button', { name: ui.solution, exact: true });
		for (const solution of await solutions.all()) await solution.click();
		await expectNoSidewaysScroll(page, 'woven practice, every solution shown');
	});

	for (const path of [`/practice/${LESSON}/quiz`, `/practice/${LESSON}/vocabulary?seed=1`])
		test(`${ui.prefix || 'en'}: every question of ${path} fits`, async ({ page }) => {
			test.setTimeout(480_000);
			// The quiz asks for its mode first; the vocabulary drill (always practice) to start.
			if (path.endsWith('/quiz')) {
				await page.goto(at(path));
				await page.getByRole('button', { name: ui.practiceMode, exact: true }).click();
			} else await startDrill(page, at(path));
			const heading = page.locator('h2[tabindex="-1"]');
			await expect(heading).toBeVisible();
			for (let n = 1; n <= 200; n++) {
				const where = `${path}, question ${n}`;
				const keyboard = page.getByRole('button', { name: ui.keyboard });
				if (await keyboard.count()) await keyboard.first().click();
				await page.getByRole('button', { name: ui.check, exact: true }).click();
				const solution = page.getByRole('button', { name: ui.solution, exact: true });
				if (await solution.count()) await solution.first().click();
				await expectNoSidewaysScroll(page, where);
				const next = page.getByRole('button', { name: ui.next, exact: true });
				if (await next.isDisabled()) return;
				const before = await heading.textContent();
				await next.click();
				await expect(heading).not.toHaveText(before!);
			}
			throw new Error(`${path}: never reached the last question`);
		});

	test(`${ui.prefix || 'en'}: the reader's first 360x640 screen shows the article's first words`, async ({
		page
	}) => {
		await page.setViewportSize({ width: WIDTH, height: 640 });
		await page.goto(at(`/read/${LESSON}`));
		const first = page.locator('article button.word').first();
		await expect(first).toBeVisible();
		const box = (await first.boundingBox())!;
		expect(box.y, 'the first word starts on the first screen').toBeGreaterThanOrEqual(0);
		expect(box.y + box.height, 'the first word ends on the first screen').toBeLessThanOrEqual(640);
	});

	test(`${ui.prefix || 'en'}: at desktop width the reading settings stay open and matching fits`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(at(`/read/${LESSON}`));
		await expect(page.getByRole('button', { name: ui.larger })).toBeVisible();
		await expect(page.getByRole('button', { name: ui.settings })).toBeHidden();
		await expectNoSidewaysScroll(page, 'reader at 1280px', 1280);
		await page.goto(at(`/practice/${LESSON}/quiz`));
		await page.getByRole('button', { name: ui.practiceMode, exact: true }).click();
		const heading = page.locator('h2[tabindex="-1"]');
		await expect(heading).toBeVisible();
		// Step to the first matching question: its selects sit beside their labels and fit.
		for (let n = 1; (await page.locator('.matching select').count()) === 0; n++) {
			expect(n, 'the quiz has a matching question').toBeLessThan(200);
			const before = await heading.textContent();
			await page.getByRole('button', { name: ui.next, exact: true }).click();
			await expect(heading).not.toHaveText(before!);
		}
		await page.getByRole('button', { name: ui.solution, exact: true }).click();
		await expectNoSidewaysScroll(page, 'matching at 1280px', 1280);
	});
}
