/**
 * Whether progress is kept on the device or, where the browser refuses IndexedDB (some private
 * modes), only in this tab's memory. db.ts reports the switch when it makes it; the durability
 * notice every page shows listens. Apart from db.ts, so that a page that stores nothing (home)
 * need not load the database code, or open the database, to know.
 */

let memory = false;
const listeners = new Set<() => void>();

/** Where progress lives now: 'memory' once the in-memory stand-in took over. */
export function storageMode(): 'device' | 'memory' {
	return memory ? 'memory' : 'device';
}

/** Called by db.ts when it opened the in-memory stand-in. */
export function reportMemoryMode(): void {
	if (memory) return;
	memory = true;
	for (const listener of listeners) listener();
}

/** Called by db.ts when the fallback is turned on or off again (tests). */
export function resetStorageMode(): void {
	memory = false;
}

/** Calls `listener` once progress lives in memory (at once if it already does). */
export function onMemoryMode(listener: () => void): void {
	if (memory) listener();
	else listeners.add(listener);
}
