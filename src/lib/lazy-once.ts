/**
 * A load (usually a dynamic `import()`) made once and kept: later calls share the first call's
 * promise. A failed load is forgotten, so the next call tries again (the network may be back, or
 * the service worker's copy there). Used for code a page fetches only when the learner needs it.
 */
export interface LazyOnce<T> {
	(): Promise<T>;
	/** The loaded value, once a load has succeeded; undefined before. */
	readonly loaded: T | undefined;
}

/** Wraps `load` so that it runs once, or again after a failure. */
export function lazyOnce<T>(load: () => Promise<T>): LazyOnce<T> {
	let pending: Promise<T> | undefined;
	let value: { current: T } | undefined;
	const get = () =>
		(pending ??= load().then(
			(result) => {
				value = { current: result };
				return result;
			},
			(error: unknown) => {
				pending = undefined;
				throw error;
			}
		));
	return Object.defineProperty(get, 'loaded', { get: () => value?.current }) as LazyOnce<T>;
}
