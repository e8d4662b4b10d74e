import { limitFor } from './budgets';
import { formatSpread, formatValue } from './format';
import { median, spread } from './stats';
import { renderTable } from './table';
import type { Budgets, Figure, Limit, Unit } from './types';

export const HEADER = [
	'figure',
	'route',
	'median',
	'spread (min - max)',
	'runs',
	'budget',
	'status'
];

/** The budget as a reader checks it: "<= 75.0 KB", ">= 0.95", or "-" when there is none. */
export function formatLimit(limit: Limit | undefined, unit: Unit): string {
	if (limit === undefined) return '-';
	const parts: string[] = [];
	if (limit.min !== undefined) parts.push(`>= ${formatValue(limit.min, unit)}`);
	if (limit.max !== undefined) parts.push(`<= ${formatValue(limit.max, unit)}`);
	return parts.length === 0 ? '-' : parts.join(', ');
}

/** One table row per figure; the status says whether its median keeps its budget. */
export function figureRow(figure: Figure, budgets: Budgets): string[] {
	const { metric } = figure;
	const budget = metric.budget === undefined ? undefined : budgets[metric.budget];
	const limit = budget === undefined ? undefined : limitFor(budget, figure.route);
	const route = figure.route ?? (figure.notMeasured === undefined ? '(app)' : '-');
	const budgetText = formatLimit(limit, metric.unit);
	if (figure.notMeasured !== undefined)
		return [
			metric.label,
			route,
			'-',
			'-',
			'0',
			budgetText,
			`not measured yet: ${figure.notMeasured}`
		];
	if (figure.error !== undefined || figure.samples.length === 0)
		return [
			metric.label,
			route,
			'-',
			'-',
			'-',
			budgetText,
			`error: ${(figure.error ?? 'no samples').split('\n')[0]}`
		];
	const value = median(figure.samples);
	const { min, max } = spread(figure.samples);
	return [
		metric.label,
		route,
		formatValue(value, metric.unit),
		formatSpread(min, max, metric.unit),
		String(figure.samples.length),
		budgetText,
		status(value, limit)
	];
}

function status(value: number, limit: Limit | undefined): string {
	if (limit === undefined) return 'no budget';
	if (limit.max !== undefined && value > limit.max) return 'BROKEN';
	if (limit.min !== undefined && value < limit.min) return 'BROKEN';
	return 'ok';
}

/** The whole report table. */
export function reportTable(figures: readonly Figure[], budgets: Budgets): string {
	return renderTable(
		HEADER,
		figures.map((f) => figureRow(f, budgets))
	);
}
