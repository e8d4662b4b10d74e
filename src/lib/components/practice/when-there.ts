/** Waiting for a part that arrives lazily (its code fetched, then rendered), to move focus to it. */
import { tick } from 'svelte';

/** Waits up to `frames` frames for `there()` to hold (a lazily loaded part takes a frame or two). */
export async function until(there: () => unknown, frames = 20): Promise<void> {
	for (let i = 0; i < frames && !there(); i++)
		await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Focuses the element with `id` once it is on screen. */
export async function focusWhenThere(id: string, frames = 20): Promise<void> {
	await tick();
	await until(() => document.getElementById(id), frames);
	document.getElementById(id)?.focus();
}
