import lighthouse from 'lighthouse';
import { launchDebuggable } from '../chromium';
import type { ReadyBenchMeasure } from './measure';

/** Lighthouse category id -> the metric it feeds. Lighthouse 12 has no PWA category. */
const CATEGORIES = {
	performance: {
		key: 'performance',
		label: 'Lighthouse performance',
		budget: 'lighthousePerformance'
	},
	accessibility: {
		key: 'accessibility',
		label: 'Lighthouse accessibility',
		budget: 'lighthouseAccessibility'
	},
	'best-practices': {
		key: 'bestPractices',
		label: 'Lighthouse best practices',
		budget: 'lighthouseBestPractices'
	},
	seo: { key: 'seo', label: 'Lighthouse SEO', budget: 'lighthouseSeo' }
} as const;

/**
 * Lighthouse audit id -> the lab metrics behind the performance score, so a broken score comes
 * with its cause on the same screen. No budget in budgets.json yet; the keys are ready for one.
 */
const AUDITS = {
	'largest-contentful-paint': {
		key: 'lcpMs',
		label: 'Lighthouse LCP',
		unit: 'ms',
		budget: 'lighthouseLcpMs'
	},
	'total-blocking-time': {
		key: 'tbtMs',
		label: 'Lighthouse TBT',
		unit: 'ms',
		budget: 'lighthouseTbtMs'
	},
	'cumulative-layout-shift': {
		key: 'cls',
		label: 'Lighthouse CLS',
		unit: 'ratio',
		budget: 'lighthouseCls'
	}
} as const;

/**
 * Lighthouse's default (mobile) run: an emulated mid-range phone with simulated slow 4G and CPU
 * throttling. Each run gets its own Chromium on a new profile so no cache or service worker
 * carries over between runs.
 */
export const lighthouseScores: ReadyBenchMeasure = {
	name: 'lighthouse',
	how: 'Lighthouse 12 Node API, default mobile config, its own headless Chromium per run',
	kind: 'timing',
	scope: 'route',
	metrics: [
		...Object.values(CATEGORIES).map((c) => ({ ...c, unit: 'score' as const })),
		...Object.values(AUDITS)
	],
	async run({ baseUrl, chromiumPath }, route) {
		const chromium = await launchDebuggable(chromiumPath);
		try {
			const url = new URL(route?.path ?? '/', baseUrl).href;
			const result = await lighthouse(url, {
				port: chromium.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: Object.keys(CATEGORIES)
			});
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
			if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
			const scores: Record<string, number> = {};
			for (const [id, metric] of Object.entries(CATEGORIES)) {
				const score = lhr.categories[id]?.score;
				if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${url}`);
				scores[metric.key] = score;
			}
			for (const [id, metric] of Object.entries(AUDITS)) {
				const value = lhr.audits[id]?.numericValue;
				if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${url}`);
				scores[metric.key] = value;
			}
			return scores;
		} finally {
			await chromium.close();
		}
	}
};
