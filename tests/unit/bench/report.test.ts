import { describe, expect, it } from 'vitest';
import { formatSpread, formatValue } from '../../../bench/lib/format';
import { figureRow, formatLimit, reportTable } from '../../../bench/lib/report';
import { renderTable } from '../../../bench/lib/table';
import type { Budgets, Figure } from '../../../bench/lib/types';

const budgets: Budgets = { jsGzipBytes: { max: 76800 }, lighthouseSeo: { min: 1 } };
const js = {
	key: 'js',
	label: 'JS, first load (gzip)',
	unit: 'bytes',
	budget: 'jsGzipBytes'
} as const;

describe('formatValue and formatSpread', () => {
	it('print sizes in KB, scores to two places, times in ms and rates with separators', () => {
		expect(formatValue(30_720, 'bytes')).toBe('30.0 KB');
		expect(formatValue(0.951, 'score')).toBe('0.95');
		expect(formatValue(4.26, 'ms')).toBe('4.3 ms');
		expect(formatValue(123.6, 'ms')).toBe('124 ms');
		expect(formatValue(123456.7, 'per-second')).toBe('123,457/s');
		expect(formatValue(Number.NaN, 'ms')).toBe('-');
		expect(formatSpread(100, 140, 'ms')).toBe('100 ms - 140 ms');
		expect(formatSpread(1024, 1024, 'bytes')).toBe('1.0 KB');
	});
});

describe('figureRow', () => {
	it('shows the median, the spread, the budget and whether it holds', () => {
		const figure: Figure = {
			measure: 'first-load',
			metric: js,
			route: '/',
			samples: [30_000, 31_000, 30_500]
		};
		expect(figureRow(figure, budgets)).toEqual([
			'JS, first load (gzip)',
			'/',
			'29.8 KB',
			'29.3 KB - 30.3 KB',
			'3',
			'<= 75.0 KB',
			'ok'
		]);
		expect(figureRow({ ...figure, samples: [80_000] }, budgets).at(-1)).toBe('BROKEN');
	});

	it('lists a figure not measured yet with its reason, and one without budget', () => {
		const pending: Figure = {
			measure: 'grading',
			metric: { key: 'x', label: 'grading', unit: 'per-second', budget: 'nope' },
			samples: [],
			notMeasured: 'no grading module yet'
		};
		expect(figureRow(pending, budgets)).toEqual([
			'grading',
			'-',
			'-',
			'-',
			'0',
			'-',
			'not measured yet: no grading module yet'
		]);
		const unbudgeted: Figure = {
			measure: 'offline-reload',
			metric: { key: 'ms', label: 'offline reload', unit: 'ms' },
			samples: [50]
		};
		expect(figureRow(unbudgeted, budgets).at(-1)).toBe('no budget');
	});

	it('formats a two-sided limit', () => {
		expect(formatLimit({ min: 1, max: 2 }, 'score')).toBe('>= 1.00, <= 2.00');
		expect(formatLimit(undefined, 'score')).toBe('-');
	});
});

describe('renderTable', () => {
	it('pads every column to its widest cell', () => {
		expect(renderTable(['a', 'bb'], [['long', 'x']])).toBe('a     bb\n----  --\nlong  x');
	});

	it('renders a report with a header line', () => {
		const table = reportTable([{ measure: 'm', metric: js, samples: [1024] }], budgets);
		expect(table.split('\n')[0]).toMatch(/^figure\s+route\s+median/u);
		expect(table).toContain('(app)');
	});
});
