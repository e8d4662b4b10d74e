/**
 * Tells the app's other open tabs that progress changed, so each reloads the lists it shows (a
 * second tab's review queue, saved words or dashboard). Every announcement also counts as progress
 * saved for durability (the first one asks the browser to keep storage).
 */
import { durability } from './durability.svelte';

export type ProgressChange = 'attempts' | 'savedWords' | 'reviewCards' | 'settings';

const CHANNEL = 'fahm-progress';

let channel: BroadcastChannel | undefined;
/** A channel that does not keep a Node process (tests) alive; browsers have no unref. */
function create(): BroadcastChannel {
	const made = new BroadcastChannel(CHANNEL);
	(made as { unref?: () => void }).unref?.();
	return made;
}
const open = () => (channel ??= typeof BroadcastChannel === 'undefined' ? undefined : create());

/** Says, to the other tabs, that `change` was just written to storage. */
export function announceProgress(change: ProgressChange): void {
	void durability.progressSaved();
	open()?.postMessage(change);
}

/** Calls `listener` when another tab writes progress; returns a function that stops listening. */
export function onProgressChange(listener: (change: ProgressChange) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => undefined;
	// A channel of its own: a tab never hears its own messages, and closing one stops only it.
	const own = create();
	own.onmessage = (event: MessageEvent<unknown>) => {
		const change = event.data;
		if (
			change === 'attempts' ||
			change === 'savedWords' ||
			change === 'reviewCards' ||
			change === 'settings'
		)
			listener(change);
	};
	return () => own.close();
}
