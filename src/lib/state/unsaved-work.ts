/**
 * Work held in memory for a moment before it is written (a half-typed answer waits for the
 * learner to pause). Whoever holds such work registers a flush here; every flush runs when the
 * page is hidden or left (the last moment a phone gives a page) and before an update reloads.
 */

type Flush = () => Promise<void>;

const flushes = new Set<Flush>();
let listening = false;

/** Writes everything pending, from every holder; resolves when all writes are done or failed. */
export async function flushAll(): Promise<void> {
	await Promise.allSettled([...flushes].map((flush) => flush()));
}

function listen(): void {
	if (listening || typeof document === 'undefined') return;
	listening = true;
	addEventListener('pagehide', () => void flushAll());
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') void flushAll();
	});
}

/** Registers a flush; the returned function unregisters it. */
export function registerFlush(flush: Flush): () => void {
	listen();
	flushes.add(flush);
	return () => void flushes.delete(flush);
}
