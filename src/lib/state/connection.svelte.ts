/** Whether the device has a network right now; the app works without one, and says so. */
export class Connection {
	online = $state(true);

	/** Follows the browser's online and offline events; returns a function that stops. */
	watch(win: Window = window): () => void {
		const update = () => (this.online = win.navigator.onLine);
		update();
		win.addEventListener('online', update);
		win.addEventListener('offline', update);
		return () => {
			win.removeEventListener('online', update);
			win.removeEventListener('offline', update);
		};
	}
}
