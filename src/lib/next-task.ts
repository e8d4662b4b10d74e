/**
 * Resolves in a later task, so that the browser can paint and answer input between two pieces of
 * long work (issue 12): `scheduler.yield()` where the browser has it (the work goes on ahead of
 * other pages' tasks), a zero-delay timer elsewhere.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
