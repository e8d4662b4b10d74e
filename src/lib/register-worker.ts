/**
 * Registers the offline worker (src/service-worker.ts) once the page has started and the browser
 * has a moment to spare, instead of at the page's load event as SvelteKit would
 * (svelte.config.js turns its registration off).
 *
 * On a first visit the worker at once fetches and stores the whole app (about 400 KB in some
 * 100 files). Registered at the load event, that came while a learner's page was still hydrating
 * (its scripts come after the first paint: paint-first.ts), and on a phone with few cores the two
 * shared them: the page's hydration took twice as long (issue 12; 190 → 370-450 ms at 4× CPU,
 * long-animation-frame timings). The worker still comes on the first visit, a moment later.
 */

/** How long the worker waits for an idle moment at most, on a page that never has one. */
export const IDLE_TIMEOUT_MS = 5000;

/**
 * Call once the page has hydrated. `url` is the worker's address; `type` is 'module' in dev,
 * where SvelteKit serves the worker as a module.
 */
export function registerWorkerWhenIdle(url: string, type: WorkerType): void {
	const container = globalThis.navigator?.serviceWorker;
	if (!container) return;
	const register = () => {
		// No worker (a private window that refuses one, a browser setting): the app still works
		// online, and the device's notices say what is kept.
		container.register(url, { type }).catch(() => {});
	};
	if (typeof requestIdleCallback === 'function')
		requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS });
	else setTimeout(register, 0);
}
