import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { SCALE_SEED, SCALE_SIZES, scaleLessonId } from '../scale/sizes';
import { buildApp, serveBuild, type StaticHost } from '../server';
import { growth, median, slope } from '../lib/stats';
import type { Metric } from '../lib/types';
import type { ReadyBenchMeasure } from './measure';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIG = 'bench/scale/scale.vite.ts';
const ENV = { FAHM_KIT_DIR: 'bench/.tmp/scale-kit', FAHM_BUILD_DIR: 'bench/.tmp/scale-build' };

/** The pages timed, shortest first: the seed lesson as it is, then each synthetic length. */
const PAGES = [
	{ key: 'seed', label: 'the seed article', lesson: SCALE_SEED },
	...SCALE_SIZES.map((words) => ({
		key: `w${words}`,
		label: `${words.toLocaleString('en-US')} words`,
		lesson: scaleLessonId(words)
	}))
];
const LONGEST = PAGES[PAGES.length - 1]!;
/** Visits to each page per run, the run taking their median: one visit alone is too noisy. */
const VISITS = 5;
/**
 * The least ms per word the growth figure tells apart: 40 ms per 1,000 words, about the reader's
 * whole slope here. A page's median moves 40 to 90 ms from one run to the next while 2,500 words
 * add only some 100 ms to the seed's time, so a smaller slope over half the range is noise; and at
 * this slope 5,000 words cost 200 ms, well inside the 1 s budget (see growth in lib/stats.ts).
 */
const NOISE_MS_PER_WORD = 0.04;

interface Timing {
	/** Word buttons on the page: the article's length as the reader drew it. */
	words: number;
	/** Navigation start -> the HTML parsed (domInteractive). */
	parsedMs: number;
	/** Navigation start -> the reader hydrated (its `fahm:reader-ready` mark). */
	readyMs: number;
}

/** A first visit to one reading page (fresh context, service workers blocked), timed in the page. */
async function timeReader(browser: Browser, url: string): Promise<Timing> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
		await page.waitForFunction(
			() => performance.getEntriesByName('fahm:reader-ready').length > 0,
			undefined,
			{ timeout: 30_000 }
		);
		return await page.evaluate(() => {
			const navigation = performance.getEntriesByType(
				'navigation'
			)[0] as PerformanceNavigationTiming;
			return {
				words: document.querySelectorAll('article button.word').length,
				parsedMs: navigation.domInteractive,
				readyMs: performance.getEntriesByName('fahm:reader-ready')[0]!.startTime
			};
		});
	} finally {
		await context.close();
	}
}

let served: Promise<StaticHost> | undefined;

/** The scratch build with the synthetic lessons, built and served once per bench. */
function serve(): Promise<StaticHost> {
	return (served ??= buildApp(ROOT, { config: CONFIG, env: ENV }).then(() =>
		serveBuild(resolve(ROOT, ENV.FAHM_BUILD_DIR))
	));
}

const metrics: Metric[] = [
	...PAGES.map((p) => ({
		key: `${p.key}Ms`,
		label: `reader ready, ${p.label}`,
		unit: 'ms' as const,
		...(p === LONGEST ? { budget: 'readerScaleReadyMs' } : {})
	})),
	{ key: 'parsedMs', label: `  of which HTML parsed (${LONGEST.label})`, unit: 'ms' },
	{ key: 'msPer1000Words', label: 'reader ready, ms per 1,000 words (fit)', unit: 'ms' },
	{
		key: 'growth',
		label: 'reader ready, ms per word: upper half / lower half (1 = linear, 2.6 = square)',
		unit: 'ratio',
		budget: 'readerScaleGrowth'
	}
];

/**
 * Issue 12's scale check: the reader with articles of the seed's length up to 5,000 words, each a
 * first visit (fresh context, service workers blocked), navigation start -> the reader hydrated,
 * no CPU throttling. The long articles are the seed's paragraphs repeated (scale/synthetic.ts) in
 * a scratch build of their own (bench/.tmp), built once per bench. Each run visits every length
 * VISITS times in turn, shortest first, so drift in the machine hits them alike, and takes the
 * median per length; the slope is fitted over the word counts the pages really drew.
 */
export const readerScale: ReadyBenchMeasure = {
	name: 'reader-scale',
	how: 'scratch build with the seed article repeated to 1,250, 2,500 and 5,000 words; first visit to each reading page; navigation start -> reader hydrated',
	kind: 'timing',
	scope: 'app',
	metrics,
	async run({ browser }) {
		const { baseUrl } = await serve();
		const url = (lesson: string) => new URL(`/read/${lesson}`, baseUrl).href;
		// A fresh server answers its first requests slowly: one visit is thrown away.
		await timeReader(browser, url(SCALE_SEED));
		const visits = new Map<string, Timing[]>(PAGES.map((p) => [p.key, []]));
		for (let round = 0; round < VISITS; round++)
			for (const page of PAGES)
				visits.get(page.key)!.push(await timeReader(browser, url(page.lesson)));
		const values: Record<string, number> = {};
		const points = PAGES.map((page) => {
			const timings = visits.get(page.key)!;
			const readyMs = median(timings.map((t) => t.readyMs));
			values[`${page.key}Ms`] = readyMs;
			if (page === LONGEST) values.parsedMs = median(timings.map((t) => t.parsedMs));
			return { x: timings[0]!.words, y: readyMs };
		});
		for (let i = 1; i < points.length; i++)
			if (points[i]!.x <= points[i - 1]!.x)
				throw new Error(`the pages do not grow: ${points.map((p) => p.x).join(', ')} words`);
		values.msPer1000Words = slope(points) * 1000;
		values.growth = growth(points, NOISE_MS_PER_WORD);
		return values;
	},
	async finish() {
		const preview = served;
		served = undefined;
		await (await preview?.catch(() => undefined))?.stop();
	}
};
