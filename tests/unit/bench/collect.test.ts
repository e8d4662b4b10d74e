import { describe, expect, it } from 'vitest';
import { collectFigures, routesFor, selectMeasures } from '../../../bench/lib/collect';
import type { Measure, Route } from '../../../bench/lib/types';

const routes: Route[] = [
	{ path: '/', file: 'index.html', offline: true },
	{ path: '/ar', file: 'ar.html', offline: false }
];

function counter(): Measure<null> {
	let calls = 0;
	return {
		name: 'size',
		how: 'counts',
		kind: 'size',
		scope: 'route',
		metrics: [{ key: 'n', label: 'n', unit: 'count' }],
		run: async () => ({ n: ++calls })
	};
}

const offlineOnly: Measure<null> = {
	name: 'offline',
	how: 'x',
	kind: 'timing',
	scope: 'route',
	appliesTo: (r) => r.offline,
	metrics: [{ key: 'ms', label: 'ms', unit: 'ms' }],
	run: async () => ({ ms: 1 })
};

const pending: Measure<null> = {
	name: 'grading',
	how: 'x',
	kind: 'timing',
	scope: 'app',
	metrics: [{ key: 'rate', label: 'rate', unit: 'per-second', budget: 'gradingAnswersPerSecond' }],
	notMeasuredYet: 'no grading module yet'
};

describe('collectFigures', () => {
	it('runs each measure N times per route it applies to and lists pending ones', async () => {
		const figures = await collectFigures([counter(), offlineOnly, pending], routes, null, {
			runs: 3,
			sizeOnly: false
		});
		expect(figures.map((f) => [f.measure, f.route, f.samples, f.notMeasured])).toEqual([
			['size', '/', [1, 2, 3], undefined],
			['size', '/ar', [4, 5, 6], undefined],
			['offline', '/', [1, 1, 1], undefined],
			['grading', undefined, [], 'no grading module yet']
		]);
	});

	it('keeps only size measures under --size-only', async () => {
		const measures = [counter(), offlineOnly, pending];
		expect(selectMeasures(measures, true).map((m) => m.name)).toEqual(['size']);
		const figures = await collectFigures(measures, routes, null, { runs: 1, sizeOnly: true });
		expect(figures).toHaveLength(2);
	});

	it('turns a throwing or incomplete run into an error figure and goes on', async () => {
		const broken: Measure<null> = {
			...offlineOnly,
			name: 'broken',
			run: async (_, route) => {
				if (route?.path === '/') throw new Error('page crashed');
				return {};
			}
		};
		const figures = await collectFigures([broken], routes, null, { runs: 2, sizeOnly: false });
		expect(figures.map((f) => f.error)).toEqual(['page crashed']);
		const all = await collectFigures([{ ...broken, appliesTo: undefined }], routes, null, {
			runs: 2,
			sizeOnly: false
		});
		expect(all.map((f) => [f.route, f.error])).toEqual([
			['/', 'page crashed'],
			['/ar', 'no value for ms']
		]);
	});

	it('lets a measure stop what its runs started once, after its last run, failed or not', async () => {
		const events: string[] = [];
		const serving = (fail: boolean): Measure<null> => ({
			...offlineOnly,
			name: fail ? 'failing' : 'serving',
			run: async (_, route) => {
				events.push(`run ${route?.path}`);
				if (fail) throw new Error('no server');
				return { ms: 1 };
			},
			finish: async () => void events.push('finish')
		});
		await collectFigures([serving(false), serving(true), counter()], routes, null, {
			runs: 2,
			sizeOnly: false
		});
		expect(events).toEqual(['run /', 'run /', 'finish', 'run /', 'finish']);
	});

	it('runs only size measures on a sizeOnly route', async () => {
		const twin: Route = { path: '/ar/x', file: 'ar/x.html', offline: true, sizeOnly: true };
		const all = [...routes, twin];
		expect(routesFor(counter(), all).map((r) => r.path)).toEqual(['/', '/ar', '/ar/x']);
		expect(routesFor(offlineOnly, all).map((r) => r.path)).toEqual(['/']);
		const figures = await collectFigures([counter(), offlineOnly], all, null, {
			runs: 1,
			sizeOnly: false
		});
		expect(figures.map((f) => [f.measure, f.route])).toEqual([
			['size', '/'],
			['size', '/ar'],
			['size', '/ar/x'],
			['offline', '/']
		]);
	});
});
