/** The storage panel's state: how much the app keeps on the device, and keeping it for good. */
import { askPersistence, storageReport, type StorageReport } from '$lib/storage/device-storage';

export class DeviceStorage {
	report = $state<StorageReport>();
	/** The answer to the last request for persistent storage, once asked. */
	granted = $state<boolean>();
	asking = $state(false);
	readonly #storage: StorageManager | undefined;

	constructor(storage: StorageManager | undefined = globalThis.navigator?.storage) {
		this.#storage = storage;
	}

	async load(): Promise<void> {
		this.report = await storageReport(this.#storage);
	}

	/** Asks the browser to keep the app's data even when space runs low; shows its answer. */
	async persist(): Promise<void> {
		this.asking = true;
		this.granted = await askPersistence(this.#storage);
		this.asking = false;
		await this.load();
	}
}
