/**
 * What the browser says about the app's storage on this device: how much it holds (IndexedDB,
 * the offline cache and the rest together) and whether it is kept when space runs low.
 */

export interface StorageReport {
	/** Bytes the app stores; undefined when the browser does not say. */
	usage: number | undefined;
	/** Bytes it may store. */
	quota: number | undefined;
	/** Whether the browser keeps this storage when space runs low; undefined when it cannot say. */
	persisted: boolean | undefined;
}

/** How much the app stores and whether it is persistent. */
export async function storageReport(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<StorageReport> {
	const [estimate, persisted] = await Promise.all([
		storage?.estimate?.().catch(() => undefined),
		storage?.persisted?.().catch(() => undefined)
	]);
	return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

/** Asks the browser to keep the app's storage; resolves to whether it will. */
export async function askPersistence(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<boolean> {
	return (await storage?.persist?.().catch(() => false)) ?? false;
}
