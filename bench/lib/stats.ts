/** The median of the samples (the mean of the middle two for an even count); NaN when empty. */
export function median(samples: readonly number[]): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const upper = sorted[mid] as number;
	return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** The smallest and largest sample: how far apart the runs were. NaN for both when empty. */
export function spread(samples: readonly number[]): { min: number; max: number } {
	if (samples.length === 0) return { min: Number.NaN, max: Number.NaN };
	return { min: Math.min(...samples), max: Math.max(...samples) };
}

/**
 * The p-th percentile (0-100) by nearest rank, for per-click timings such as a p95: no
 * interpolation, so the figure is always a time that was actually observed.
 */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** The least-squares slope of y over x: how fast a time grows with the size of the input. */
export function slope(points: readonly { x: number; y: number }[]): number {
	const n = points.length;
	if (n < 2) return Number.NaN;
	const mx = points.reduce((s, p) => s + p.x, 0) / n;
	const my = points.reduce((s, p) => s + p.y, 0) / n;
	const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
	const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
	return sxx === 0 ? Number.NaN : sxy / sxx;
}

/**
 * How a time grows with the size of its input, from points sorted by x: the per-x cost from the
 * middle point to the last over the per-x cost from the first to the middle. About 1 when the
 * time grows in a straight line; a time that grows as the square of x gives
 * (x_mid + x_last) / (x_first + x_mid), about 2.6 from 338 to 2,500 to 5,000 words. A per-x cost
 * under `floor` counts as `floor`: when the time hardly grows, visit-to-visit noise decides the
 * sign and size of such a small slope, and the ratio of two of them would mean nothing.
 */
export function growth(points: readonly { x: number; y: number }[], floor: number): number {
	if (points.length < 3) return Number.NaN;
	const middle = Math.floor(points.length / 2);
	const perX = (a: number, b: number) => {
		const from = points[a]!;
		const to = points[b]!;
		return Math.max(floor, (to.y - from.y) / (to.x - from.x));
	};
	return perX(middle, points.length - 1) / perX(0, middle);
}
