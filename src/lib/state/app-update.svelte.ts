/**
 * A new version of the app, noticed and applied only when the learner says so. The service worker
 * of a new release installs beside the running one and waits; this offers it, and on Reload writes
 * every unsaved answer first (unsaved-work.ts), then lets the new worker take over and reloads once
 * it has. It never reloads by itself.
 */
import { flushAll } from './unsaved-work';

/** The message the service worker takes as "take over now" (src/service-worker.ts). */
export const SKIP_WAITING = 'skip-waiting';

export interface AppUpdateOptions {
	/** Writes unsaved work before the reload. */
	flush?: () => Promise<void>;
	reload?: () => void;
}

export class AppUpdate {
	/** A new version is ready: the notice shows. */
	available = $state(false);
	/** The learner pressed Reload: answers are being written, then the page reloads. */
	reloading = $state(false);
	#waiting: ServiceWorker | undefined;
	#asked = false;
	readonly #flush: () => Promise<void>;
	readonly #reload: () => void;

	constructor(options: AppUpdateOptions = {}) {
		this.#flush = options.flush ?? flushAll;
		this.#reload = options.reload ?? (() => location.reload());
	}

	#offer(worker: ServiceWorker): void {
		this.#waiting = worker;
		this.available = true;
	}

	/**
	 * Watches for a new version (now, and each time the page is shown again: an installed app stays
	 * open for days). Returns a function that stops watching.
	 */
	watch(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): () => void {
		if (!container) return () => {};
		const controlled = container.controller !== null;
		const onControllerChange = () => {
			if (this.#asked) this.#reload();
			// Another tab took the update: this page still runs the old code, so offer a reload.
			else if (controlled) this.available = true;
		};
		container.addEventListener('controllerchange', onControllerChange);
		let registration: ServiceWorkerRegistration | undefined;
		let stopped = false;
		const onShown = () => {
			if (document.visibilityState === 'visible') registration?.update().catch(() => {});
		};
		document.addEventListener('visibilitychange', onShown);
		void container.ready.then((ready) => {
			if (stopped) return;
			registration = ready;
			if (ready.waiting && container.controller) this.#offer(ready.waiting);
			ready.addEventListener('updatefound', () => {
				const worker = ready.installing;
				worker?.addEventListener('statechange', () => {
					// Installed while a worker controls the page: a new version waits for the learner.
					if (worker.state === 'installed' && container.controller) this.#offer(worker);
				});
			});
		});
		return () => {
			stopped = true;
			container.removeEventListener('controllerchange', onControllerChange);
			document.removeEventListener('visibilitychange', onShown);
		};
	}

	/** Saves every unsaved answer, then moves to the new version and reloads. */
	async apply(): Promise<void> {
		if (this.reloading) return;
		this.reloading = true;
		await this.#flush();
		this.#asked = true;
		const waiting = this.#waiting;
		// Reload once the new worker controls the page; if it already does (another tab), now.
		if (waiting && waiting.state === 'installed') waiting.postMessage(SKIP_WAITING);
		else this.#reload();
	}
}
