/**
 * Why the reader's saved words could not be stored or read, in the learner's language. Fetched
 * with the first such trouble (SavedWordsList) or with a word's details (WordActions).
 */
import type { StorageErrorKind } from '$lib/state/storage-error';
import { m } from '$lib/paraglide/messages';

const messages: Record<StorageErrorKind, () => string> = {
	unavailable: m.reader_storage_unavailable,
	blocked: m.reader_storage_blocked,
	quota: m.reader_storage_quota,
	version: m.reader_storage_version,
	unknown: m.reader_storage_unknown
};

/** Why saved words could not be stored or read (as practice's storage-messages.ts words it). */
export function storageErrorText(error: StorageErrorKind): string {
	return messages[error]();
}

/** Saved words on this device that could not be read, and were left as they are. */
export function unreadableText(count: number): string {
	return m.reader_saved_unreadable({ count });
}
