import type { PendingMeasure } from '../lib/types';

/**
 * Time from a click (or tap) on a word in the reader to its gloss popover being painted, p95 over
 * many words per run. To build: open the reader route, click words in a loop, time each to the
 * next animation frame after the popover shows; return `{ p95Ms }`.
 */
export const clickToPopover: PendingMeasure = {
	name: 'click-to-popover',
	how: 'click words on the reading page; time click -> popover painted; p95 per run',
	kind: 'timing',
	scope: 'route',
	metrics: [
		{ key: 'p95Ms', label: 'click to popover p95', unit: 'ms', budget: 'clickToPopoverP95Ms' }
	],
	notMeasuredYet: 'the reader has no word popover yet'
};
