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

/** `lazyOnce` per key: one load of each key's value, kept, or tried again after a failure. */
export interface LazyByKey<K, T> {
	(key: K): Promise<T>;
	/** The value of `key`, once its load has succeeded; undefined before. */
	loaded(key: K): T | undefined;
}

/** Wraps `load` so that it runs once per key, or again for a key whose load failed. */
export function lazyByKey<K, T>(load: (key: K) => Promise<T>): LazyByKey<K, T> {
	const loads = new Map<K, LazyOnce<T>>();
	const of = (key: K) => {
		let once = loads.get(key);
		if (!once) loads.set(key, (once = lazyOnce(() => load(key))));
		return once;
	};
	return Object.assign((key: K) => of(key)(), { loaded: (key: K) => loads.get(key)?.loaded });
}
