/** Milliseconds from some fixed point, e.g. `performance.now`; passed in so tests can fake it. */
export type Clock = () => number;

export interface Throughput {
	/** Items processed: whole passes over the list only. */
	items: number;
	/** Time those passes took, by the clock. */
	ms: number;
	/** items / ms, per second. */
	perSecond: number;
}

/**
 * Runs `fn` on every item, in order, pass after pass, until at least `sliceMs` has passed on the
 * clock, and gives the rate. The clock is read once per pass, not per item, so its cost stays out
 * of the figure; keep a pass much shorter than the slice.
 */
export function throughput<T>(
	fn: (item: T) => unknown,
	items: readonly T[],
	clock: Clock,
	sliceMs: number
): Throughput {
	if (items.length === 0) throw new Error('throughput: no items to run');
	if (!(sliceMs > 0)) throw new Error(`throughput: the slice must be positive, not ${sliceMs}`);
	const start = clock();
	let count = 0;
	let ms: number;
	do {
		for (const item of items) fn(item);
		count += items.length;
		ms = clock() - start;
	} while (ms < sliceMs);
	return { items: count, ms, perSecond: (count / ms) * 1000 };
}
