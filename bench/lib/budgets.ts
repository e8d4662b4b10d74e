import { formatValue } from './format';
import { median } from './stats';
import type { Budget, Budgets, Figure, Limit, Violation } from './types';

/**
 * Checks the shape of a parsed budgets.json and returns it typed. Throws naming the first bad
 * entry: a budget that silently checks nothing is worse than none.
 */
export function parseBudgets(json: unknown): Budgets {
	if (!isObject(json)) throw new Error('budgets: expected an object of budget keys');
	const budgets: Budgets = {};
	for (const [key, value] of Object.entries(json)) {
		if (key.startsWith('$')) continue; // "$comment" and the like
		if (!isObject(value)) throw new Error(`budgets.${key}: expected an object`);
		const budget: Budget = parseLimit(value, `budgets.${key}`);
		// A budget may hold only some routes (`routes` alone): the others are not judged.
		if (value.max === undefined && value.min === undefined && value.routes === undefined)
			throw new Error(`budgets.${key}: needs "max", "min" or "routes"`);
		if (typeof value.why === 'string') budget.why = value.why;
		if (value.routes !== undefined) {
			if (!isObject(value.routes)) throw new Error(`budgets.${key}.routes: expected an object`);
			budget.routes = {};
			for (const [route, limit] of Object.entries(value.routes)) {
				if (!isObject(limit)) throw new Error(`budgets.${key}.routes.${route}: expected an object`);
				budget.routes[route] = parseLimit(limit, `budgets.${key}.routes.${route}`);
			}
		}
		budgets[key] = budget;
	}
	return budgets;
}

function parseLimit(value: Record<string, unknown>, where: string): Limit {
	const limit: Limit = {};
	for (const bound of ['max', 'min'] as const) {
		const n = value[bound];
		if (n === undefined) continue;
		if (typeof n !== 'number' || !Number.isFinite(n))
			throw new Error(`${where}.${bound}: expected a number`);
		limit[bound] = n;
	}
	return limit;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The bound that applies on a route: the route's own override, else the budget's. */
export function limitFor(budget: Budget, route: string | undefined): Limit {
	const own = route === undefined ? undefined : budget.routes?.[route];
	return own ?? { max: budget.max, min: budget.min };
}

/**
 * The figures whose median breaks their budget. Figures without samples (not measured yet, or
 * failed) and metrics without a budget are not judged here.
 */
export function evaluateBudgets(figures: readonly Figure[], budgets: Budgets): Violation[] {
	const violations: Violation[] = [];
	for (const figure of figures) {
		const key = figure.metric.budget;
		const budget = key === undefined ? undefined : budgets[key];
		if (key === undefined || budget === undefined) continue;
		if (figure.samples.length === 0 || figure.error !== undefined) continue;
		const value = median(figure.samples);
		const limit = limitFor(budget, figure.route);
		const base = { budget: key, metric: figure.metric, route: figure.route, value };
		if (limit.max !== undefined && value > limit.max)
			violations.push({ ...base, bound: 'max', limit: limit.max });
		if (limit.min !== undefined && value < limit.min)
			violations.push({ ...base, bound: 'min', limit: limit.min });
	}
	return violations;
}

/** Budget keys that no metric feeds: a typo in budgets.json would otherwise check nothing. */
export function unusedBudgetKeys(budgets: Budgets, fedKeys: Iterable<string>): string[] {
	const fed = new Set(fedKeys);
	return Object.keys(budgets).filter((key) => !fed.has(key));
}

/**
 * One line naming the broken budget, e.g. `jsGzipBytes on /ar: 80.0 KB, budget at most 75.0 KB`,
 * or for a figure of the whole app its label (two figures may feed one budget).
 */
export function describeViolation(v: Violation): string {
	const where = v.route === undefined ? ` for ${v.metric.label}` : ` on ${v.route}`;
	const bound = v.bound === 'max' ? 'at most' : 'at least';
	const unit = v.metric.unit;
	return `${v.budget}${where}: ${formatValue(v.value, unit)}, budget ${bound} ${formatValue(v.limit, unit)}`;
}
