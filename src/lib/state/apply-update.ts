/**
 * Reload into the new version, the learner's choice (app-update.svelte.ts): a script of its own,
 * loaded with the update notice, not by every page (issue 12).
 */
import { SKIP_WAITING, type AppUpdate } from './app-update.svelte';
import { flushAll } from './unsaved-work';

/** Saves every unsaved answer, then moves to the new version and reloads. */
export async function applyUpdate(
	update: AppUpdate,
	flush: () => Promise<void> = flushAll
): Promise<void> {
	if (update.reloading) return;
	update.reloading = true;
	await flush();
	update.asked = true;
	const waiting = update.waiting;
	// Reload once the new worker controls the page; if it already does (another tab), now.
	if (waiting && waiting.state === 'installed') waiting.postMessage(SKIP_WAITING);
	else update.reload();
}
