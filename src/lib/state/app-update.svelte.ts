/**
 * A new version of the app, noticed, and applied only when the learner says so. The service worker
 * of a new release installs beside the running one and waits; this offers it, and on Reload
 * (apply-update.ts, loaded with the notice) every unsaved answer is written first, then the new
 * worker takes over and the page reloads once it has. It never reloads by itself.
 */

/** The message the service worker takes as "take over now" (src/service-worker.ts). */
export const SKIP_WAITING = 'skip-waiting';

export interface AppUpdateOptions {
	reload?: () => void;
}

export class AppUpdate {
	/** A new version is ready: the notice shows. */
	available = $state(false);
	/** The learner pressed Reload: answers are being written, then the page reloads. */
	reloading = $state(false);
	/** The new release's worker, waiting to take over. */
	waiting: ServiceWorker | undefined;
	/** The learner asked for the new version: the page reloads when the new worker takes over. */
	asked = false;
	readonly reload: () => void;

	constructor(options: AppUpdateOptions = {}) {
		this.reload = options.reload ?? (() => location.reload());
	}

	#offer(worker: ServiceWorker): void {
		this.waiting = worker;
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
			if (this.asked) this.reload();
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
}
