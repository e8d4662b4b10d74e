/** What a figure counts in; it decides how the report prints it. */
export type Unit = 'bytes' | 'count' | 'score' | 'ratio' | 'ms' | 'per-second';

/** One number the bench reports, and the key of the budget (in budgets.json) that judges it. */
export interface Metric {
	key: string;
	label: string;
	unit: Unit;
	/** The budget key this metric feeds; none when the figure is for information only. */
	budget?: string;
}

/**
 * A metric's outcome for one route (or for the whole app when `route` is absent): the samples of
 * every run, or why there are none.
 */
export interface Figure {
	/** The measure that produced it (its module name under bench/measures/). */
	measure: string;
	metric: Metric;
	route?: string;
	samples: number[];
	/** Set when the feature the metric needs does not exist yet. */
	notMeasured?: string;
	/** Set when measuring failed; the command then fails too. */
	error?: string;
}

/** A bound on a metric's median: at most `max`, at least `min`. */
export interface Limit {
	max?: number;
	min?: number;
}

/** A budget for one metric, applied to every route it is measured on unless `routes` overrides. */
export interface Budget extends Limit {
	/** Why this number: shown to whoever is tempted to loosen it. */
	why?: string;
	routes?: Record<string, Limit>;
}

export type Budgets = Record<string, Budget>;

/** A figure whose median is on the wrong side of its budget. */
export interface Violation {
	budget: string;
	metric: Metric;
	route?: string;
	value: number;
	bound: 'max' | 'min';
	limit: number;
}

/** A page the bench measures; see bench/routes.ts for the list. */
export interface Route {
	/** The URL path, as a learner opens it; it may carry a query (`?seed=1`). */
	path: string;
	/** The prerendered file under build/ that shows the route is built. */
	file: string;
	/** A page a learner reads offline: its offline reload from the service worker is timed. */
	offline: boolean;
	/** A reading page whose words open a details popover: click to popover is timed. */
	popover?: boolean;
	/** A quiz page (one question at a time, a Check button): click to feedback is timed. */
	feedback?: boolean;
	/**
	 * Only the size measures (first load): for a page that differs from a route already timed only
	 * in its interface language, where Lighthouse would cost minutes to repeat the same figures.
	 */
	sizeOnly?: boolean;
}

interface MeasureInfo {
	/** Plain name, also the module's file name under bench/measures/. */
	name: string;
	/** How it is measured, in a sentence (the README says more). */
	how: string;
	/** The figures one run yields, each with the budget key it feeds. */
	metrics: Metric[];
	/** `size` figures are deterministic and run under --size-only; `timing` ones are noisy. */
	kind: 'size' | 'timing';
	/** `route`: once per route it applies to; `app`: once per run for the whole app. */
	scope: 'route' | 'app';
	/** Which routes a per-route measure applies to; all routes when absent. */
	appliesTo?: (route: Route) => boolean;
}

/** A measure that runs: one call is one run, returning a value per metric key. */
export interface ReadyMeasure<C> extends MeasureInfo {
	run: (context: C, route: Route | undefined) => Promise<Record<string, number>>;
	/** Called once after the measure's last run, failed or not: stops what its runs started. */
	finish?: () => Promise<void>;
	notMeasuredYet?: undefined;
}

/** A measure whose feature does not exist yet: reported as a row with the reason. */
export interface PendingMeasure extends MeasureInfo {
	notMeasuredYet: string;
	run?: undefined;
}

export type Measure<C> = ReadyMeasure<C> | PendingMeasure;
