import type { PendingMeasure } from '../lib/types';

/**
 * Time to render the progress dashboard with a realistic history (seeded into IndexedDB before
 * the visit). To build: seed, open /progress, and time navigation start -> dashboard painted
 * (a performance mark the page sets); return `{ ms }`.
 */
export const dashboard: PendingMeasure = {
	name: 'dashboard',
	how: 'seed a year of history, open /progress, time navigation -> dashboard painted',
	kind: 'timing',
	scope: 'route',
	metrics: [{ key: 'ms', label: 'dashboard render', unit: 'ms', budget: 'dashboardRenderMs' }],
	notMeasuredYet:
		'not built yet: the page is there, the measure (a year of history seeded in the browser) is not; the aggregation is timed in Node (progress: dashboard aggregation)'
};
