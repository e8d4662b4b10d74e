import { describeViolation } from './budgets';
import { median, spread } from './stats';
import type { Figure, Violation } from './types';

/** The JSON form of one figure in bench/results.json: flat, with the median and spread. */
export function figureJson(f: Figure) {
	const measured = f.samples.length > 0;
	return {
		measure: f.measure,
		metric: f.metric.key,
		label: f.metric.label,
		unit: f.metric.unit,
		budget: f.metric.budget ?? null,
		route: f.route ?? null,
		median: measured ? median(f.samples) : null,
		min: measured ? spread(f.samples).min : null,
		max: measured ? spread(f.samples).max : null,
		samples: f.samples,
		notMeasured: f.notMeasured ?? null,
		error: f.error ?? null
	};
}

export function violationJson(v: Violation) {
	return {
		budget: v.budget,
		route: v.route ?? null,
		value: v.value,
		bound: v.bound,
		limit: v.limit,
		message: describeViolation(v)
	};
}

/** One line per measure and route that failed (a failed measure fails all its metrics at once). */
export function failureLines(figures: readonly Figure[]): string[] {
	const lines = figures
		.filter((f) => f.error !== undefined)
		.map((f) => `${f.measure} on ${f.route ?? '(app)'}: ${f.error}`);
	return [...new Set(lines)];
}
