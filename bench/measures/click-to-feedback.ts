import type { PendingMeasure } from '../lib/types';

/**
 * Time from a learner's click on an answer to the feedback being painted, p95 over many clicks
 * per run. To build: open the exercise page, click answers in a loop, and time each click to the
 * next animation frame after the feedback appears; return `{ p95Ms }` (lib/stats percentile).
 */
export const clickToFeedback: PendingMeasure = {
	name: 'click-to-feedback',
	how: 'click answers on an exercise page; time click -> feedback painted; p95 per run',
	kind: 'timing',
	scope: 'route',
	metrics: [
		{ key: 'p95Ms', label: 'click to feedback p95', unit: 'ms', budget: 'clickToFeedbackP95Ms' }
	],
	notMeasuredYet: 'no exercise page yet (/practice is a placeholder)'
};
