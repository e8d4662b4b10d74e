import { describe, expect, it } from 'vitest';
import {
	describeViolation,
	evaluateBudgets,
	limitFor,
	parseBudgets,
	unusedBudgetKeys
} from '../../../bench/lib/budgets';
import type { Figure, Metric } from '../../../bench/lib/types';
import shipped from '../../../bench/budgets.json';

const js: Metric = { key: 'js', label: 'JS', unit: 'bytes', budget: 'jsGzipBytes' };
const perf: Metric = { key: 'performance', label: 'perf', unit: 'score', budget: 'perf' };
const figure = (metric: Metric, samples: number[], route?: string): Figure => ({
	measure: 'test',
	metric,
	samples,
	...(route === undefined ? {} : { route })
});

describe('evaluateBudgets', () => {
	const budgets = parseBudgets({ jsGzipBytes: { max: 1000 }, perf: { min: 0.95 } });

	it('passes figures whose median keeps the budget', () => {
		const figures = [figure(js, [900, 1200, 950], '/'), figure(perf, [0.9, 0.97, 0.99], '/')];
		expect(evaluateBudgets(figures, budgets)).toEqual([]);
	});

	it('reports a broken max and a broken min, per route, judged on the median', () => {
		const figures = [
			figure(js, [900, 950, 980], '/'),
			figure(js, [1100, 900, 1200], '/ar'),
			figure(perf, [0.99, 0.9, 0.94], '/ar')
		];
		const violations = evaluateBudgets(figures, budgets);
		expect(violations.map((v) => [v.budget, v.route, v.bound, v.value, v.limit])).toEqual([
			['jsGzipBytes', '/ar', 'max', 1100, 1000],
			['perf', '/ar', 'min', 0.94, 0.95]
		]);
		expect(describeViolation(violations[0]!)).toBe(
			'jsGzipBytes on /ar: 1.1 KB, budget at most 1.0 KB'
		);
	});

	it('names a figure of the whole app by its label: two figures may feed one budget', () => {
		const shell = (key: string, label: string): Metric => ({
			key,
			label,
			unit: 'bytes',
			budget: 'shellJsGzipBytes'
		});
		const violations = evaluateBudgets(
			[figure(shell('en', 'shell, English'), [900]), figure(shell('ar', 'shell, Arabic'), [1200])],
			parseBudgets({ shellJsGzipBytes: { max: 1024 } })
		);
		expect(violations.map(describeViolation)).toEqual([
			'shellJsGzipBytes for shell, Arabic: 1.2 KB, budget at most 1.0 KB'
		]);
	});

	it('applies a route override instead of the general bound', () => {
		const withOverride = parseBudgets({
			jsGzipBytes: { max: 1000, routes: { '/big': { max: 2000 } } }
		});
		expect(evaluateBudgets([figure(js, [1500], '/big')], withOverride)).toEqual([]);
		expect(evaluateBudgets([figure(js, [1500], '/')], withOverride)).toHaveLength(1);
		expect(limitFor(withOverride.jsGzipBytes!, '/big')).toEqual({ max: 2000 });
	});

	it('judges only the routes a routes-only budget names', () => {
		const tbt: Metric = { key: 'tbtMs', label: 'TBT', unit: 'ms', budget: 'lighthouseTbtMs' };
		const readerOnly = parseBudgets({ lighthouseTbtMs: { routes: { '/read/a': { max: 200 } } } });
		const violations = evaluateBudgets(
			[figure(tbt, [900], '/'), figure(tbt, [350], '/read/a'), figure(tbt, [150], '/ar/read/a')],
			readerOnly
		);
		expect(violations.map((v) => [v.route, v.value, v.limit])).toEqual([['/read/a', 350, 200]]);
	});

	it('does not judge figures without samples, with an error, or without a budget', () => {
		const figures: Figure[] = [
			{ ...figure(js, []), notMeasured: 'not built' },
			{ ...figure(js, [5000]), error: 'page crashed' },
			figure({ key: 'ms', label: 'reload', unit: 'ms', budget: 'offlineReloadMs' }, [9999])
		];
		expect(evaluateBudgets(figures, budgets)).toEqual([]);
	});
});

describe('parseBudgets', () => {
	it('rejects an entry with no bound or a bound that is not a number', () => {
		expect(() => parseBudgets({ js: {} })).toThrow('budgets.js: needs "max", "min" or "routes"');
		expect(() => parseBudgets({ js: { max: '75 KB' } })).toThrow('budgets.js.max');
		expect(() => parseBudgets([])).toThrow();
	});

	it('skips $comment keys and keeps why and route overrides', () => {
		const budgets = parseBudgets({
			$comment: 'hello',
			js: { max: 1, why: 'small', routes: { '/': { max: 2 } } }
		});
		expect(budgets).toEqual({ js: { max: 1, why: 'small', routes: { '/': { max: 2 } } } });
	});

	it('reads the shipped budgets.json with every starting budget', () => {
		const budgets = parseBudgets(shipped);
		expect(budgets.jsGzipBytes?.max).toBe(60 * 1024);
		// Issue 12: every learner page, home included, at most 60 KB; the shell every page starts
		// with at most 38 KB, in each language.
		expect(budgets.jsGzipBytes?.routes).toBeUndefined();
		expect(budgets.shellJsGzipBytes?.max).toBe(38 * 1024);
		expect(budgets.cssGzipBytes?.max).toBe(15 * 1024);
		expect(budgets.precacheTransferBytes?.max).toBe(400 * 1024);
		expect(budgets.precacheRawBytes).toBeUndefined();
		expect(budgets.lighthousePerformance?.min).toBe(0.95);
		expect(budgets.clickToPopoverP95Ms?.max).toBe(50);
		expect(budgets.gradingAnswersPerSecond?.min).toBe(100_000);
		expect(budgets.dashboardAggregateMs?.max).toBe(1000);
		expect(budgets.recordAnswerMs?.max).toBe(50);
		// Issue 12: the reader's blocking time in both languages, and no page that jumps.
		expect(budgets.lighthouseTbtMs?.max).toBeUndefined();
		expect(budgets.lighthouseTbtMs?.routes).toEqual({
			'/read/shoigu-tehran-2023': { max: 200 },
			'/ar/read/shoigu-tehran-2023': { max: 200 }
		});
		expect(budgets.lighthouseCls?.max).toBe(0.1);
		// Issue 12's scale check: 5,000 words read within 1 s, time growing in a line.
		expect(budgets.readerScaleReadyMs?.max).toBe(1000);
		expect(budgets.readerScaleGrowth?.max).toBe(2);
		expect(Object.keys(budgets)).toHaveLength(19);
	});
});

describe('unusedBudgetKeys', () => {
	it('names budget keys no metric feeds (typos)', () => {
		expect(unusedBudgetKeys({ jsGzipByte: { max: 1 }, perf: { min: 1 } }, ['perf'])).toEqual([
			'jsGzipByte'
		]);
	});
});
