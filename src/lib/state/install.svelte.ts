/**
 * Installing the app to the home screen: with the browser's own prompt where it offers one
 * (`beforeinstallprompt`, Chromium browsers), with instructions where it does not (Safari on iOS
 * and iPadOS: Share, then Add to Home Screen), and nothing to do once installed.
 */

/** The event Chromium fires when the app can be installed (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
	prompt(): Promise<unknown>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** How this device installs the app: it is installed, the Install button, or instructions. */
export type InstallWay = 'installed' | 'prompt' | 'ios' | 'menu';

/** Safari on iPhone and iPad (iPadOS reports a Mac with a touch screen), where Share installs. */
export function isAppleMobile(userAgent: string, maxTouchPoints: number): boolean {
	return (
		/iPhone|iPad|iPod/u.test(userAgent) || (/Macintosh/u.test(userAgent) && maxTouchPoints > 1)
	);
}

export class Install {
	way = $state<InstallWay>('menu');
	/** The browser's prompt, kept for the Install button (install-prompt.ts); it can be shown once. */
	prompt: InstallPromptEvent | undefined;

	/** Finds how this device installs, and follows the browser's events; returns a stop function. */
	watch(win: Window = window): () => void {
		const standalone =
			win.matchMedia?.('(display-mode: standalone)').matches ||
			(win.navigator as { standalone?: boolean }).standalone === true;
		if (standalone) this.way = 'installed';
		else if (isAppleMobile(win.navigator.userAgent, win.navigator.maxTouchPoints)) this.way = 'ios';
		const onPrompt = (event: Event) => {
			// The app offers its own Install button instead of the browser's banner.
			event.preventDefault();
			this.prompt = event as InstallPromptEvent;
			this.way = 'prompt';
		};
		const onInstalled = () => {
			this.prompt = undefined;
			this.way = 'installed';
		};
		win.addEventListener('beforeinstallprompt', onPrompt);
		win.addEventListener('appinstalled', onInstalled);
		return () => {
			win.removeEventListener('beforeinstallprompt', onPrompt);
			win.removeEventListener('appinstalled', onInstalled);
		};
	}
}

/** The app's one Install state: the browser's prompt comes once per page load, to the layout. */
export const install = new Install();
