/**
 * The Install button's work (install.svelte.ts): a script of its own, loaded by the page that has
 * the button, not by every page (issue 12).
 */
import type { Install } from './install.svelte';

/**
 * Shows the browser's install prompt (it can be shown once). Once dismissed, the page gives the
 * browser menu's way instead.
 */
export async function promptInstall(install: Install): Promise<void> {
	const prompt = install.prompt;
	if (!prompt) return;
	install.prompt = undefined;
	await prompt.prompt();
	const { outcome } = await prompt.userChoice;
	install.way = outcome === 'accepted' ? 'installed' : 'menu';
}
