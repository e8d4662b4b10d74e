/**
 * Whether the learner's progress is safe on this device: asks the browser to keep storage
 * (navigator.storage.persist) once the first progress is saved and remembers the answer, and
 * holds the notices every page shows (storage in memory only, a full disk).
 */
import { onMemoryMode } from '$lib/storage/storage-mode';

export type Persistence = 'unknown' | 'granted' | 'denied' | 'unsupported';

export class Durability {
	#persistence = $state<Persistence>('unknown');
	#memoryOnly = $state(false);
	#full = $state(false);
	#asked = $state(false);

	constructor() {
		// In memory once a page that stores progress found IndexedDB refused (storage-mode.ts).
		onMemoryMode(() => (this.#memoryOnly = true));
	}

	/** The browser's answer to "keep this site's storage", once asked. */
	get persistence(): Persistence {
		return this.#persistence;
	}
	/** True once this page asked the browser to keep storage (after the first progress saved). */
	get asked(): boolean {
		return this.#asked;
	}
	/** True when there is no IndexedDB and progress lives only as long as the tab. */
	get memoryOnly(): boolean {
		return this.#memoryOnly;
	}
	/** True after a write failed for lack of space: what is on screen is kept in memory. */
	get full(): boolean {
		return this.#full;
	}

	/** Asks whether storage is kept; call in the browser. */
	async check(): Promise<void> {
		const storage = globalThis.navigator?.storage;
		if (!storage?.persisted) return;
		if (await storage.persisted().catch(() => false)) this.#persistence = 'granted';
	}

	/** Call after progress is written: the first time, asks the browser to keep storage. */
	async progressSaved(): Promise<void> {
		if (this.#asked || this.#persistence === 'granted') return;
		this.#asked = true;
		const storage = globalThis.navigator?.storage;
		if (!storage?.persist) {
			this.#persistence = 'unsupported';
			return;
		}
		this.#persistence = (await storage.persist().catch(() => false)) ? 'granted' : 'denied';
	}

	/** Call when a write failed because the disk is full. */
	reportFull(): void {
		this.#full = true;
	}
}

/** The app's one durability state, shared by every page. */
export const durability = new Durability();
