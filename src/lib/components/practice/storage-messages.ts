/**
 * What StorageNotice says, loaded only when there is something to say: storage failures are rare,
 * and their wording need not weigh on every practice page's first load.
 */
import type { StorageErrorKind } from '$lib/state/storage-error';
import { m } from '$lib/paraglide/messages';

const messages: Record<StorageErrorKind, () => string> = {
	unavailable: m.practice_storage_unavailable,
	blocked: m.practice_storage_blocked,
	quota: m.practice_storage_quota,
	version: m.practice_storage_version,
	unknown: m.practice_storage_unknown
};

/** Why progress could not be stored. */
export function storageErrorText(error: StorageErrorKind): string {
	return messages[error]();
}

/** That `count` stored records could not be read (and are kept). */
export function unreadableText(count: number): string {
	return m.practice_storage_unreadable({ count });
}
