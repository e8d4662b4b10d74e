import type { Figure, Measure, ReadyMeasure, Route } from './types';

export interface CollectOptions {
	runs: number;
	/** Keep only the deterministic size measures. */
	sizeOnly: boolean;
	/** Progress lines for the terminal. */
	log?: (line: string) => void;
}

/** The measures to run under the options: --size-only keeps the deterministic ones. */
export function selectMeasures<C>(
	measures: readonly Measure<C>[],
	sizeOnly: boolean
): Measure<C>[] {
	return sizeOnly ? measures.filter((m) => m.kind === 'size') : [...measures];
}

/** The routes a per-route measure runs on: those it applies to, and only size ones on sizeOnly. */
export function routesFor<C>(measure: Measure<C>, routes: readonly Route[]): Route[] {
	return routes.filter(
		(r) => (measure.kind === 'size' || !r.sizeOnly) && (measure.appliesTo?.(r) ?? true)
	);
}

/**
 * Runs every measure `runs` times on each route it applies to and gathers the samples into
 * figures. A measure that throws gets an error figure and the others still run, so one broken
 * page does not hide every other number.
 */
export async function collectFigures<C>(
	measures: readonly Measure<C>[],
	routes: readonly Route[],
	context: C,
	options: CollectOptions
): Promise<Figure[]> {
	const figures: Figure[] = [];
	for (const measure of selectMeasures(measures, options.sizeOnly)) {
		if (measure.notMeasuredYet !== undefined) {
			for (const metric of measure.metrics)
				figures.push({
					measure: measure.name,
					metric,
					samples: [],
					notMeasured: measure.notMeasuredYet
				});
			continue;
		}
		const targets: (Route | undefined)[] =
			measure.scope === 'app' ? [undefined] : routesFor(measure, routes);
		try {
			figures.push(...(await runMeasure(measure, targets, context, options)));
		} finally {
			await measure.finish?.();
		}
	}
	return figures;
}

/** One measure's figures: `runs` runs on each target, samples gathered per metric. */
async function runMeasure<C>(
	measure: ReadyMeasure<C>,
	targets: readonly (Route | undefined)[],
	context: C,
	options: CollectOptions
): Promise<Figure[]> {
	const figures: Figure[] = [];
	for (const route of targets) {
		const samples = new Map(measure.metrics.map((m) => [m.key, [] as number[]]));
		let error: string | undefined;
		for (let run = 1; run <= options.runs && error === undefined; run++) {
			options.log?.(`${measure.name} ${route?.path ?? '(app)'} run ${run}/${options.runs}`);
			try {
				const values = await measure.run(context, route);
				for (const metric of measure.metrics) {
					const value = values[metric.key];
					if (value === undefined || !Number.isFinite(value))
						throw new Error(`no value for ${metric.key}`);
					samples.get(metric.key)?.push(value);
				}
			} catch (e) {
				error = e instanceof Error ? e.message : String(e);
			}
		}
		for (const metric of measure.metrics) {
			const figure: Figure = {
				measure: measure.name,
				metric,
				samples: samples.get(metric.key) ?? []
			};
			if (route !== undefined) figure.route = route.path;
			if (error !== undefined) figure.error = error;
			figures.push(figure);
		}
	}
	return figures;
}
