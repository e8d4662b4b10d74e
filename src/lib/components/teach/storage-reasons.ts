/** Why storage refused, in the teacher's words (completes "Not saved: …" / "That did not work: …"). */
import { m } from '$lib/paraglide/messages';
import type { StorageErrorKind } from '$lib/state/set-editor.svelte';

export const storageReasons: Record<StorageErrorKind, () => string> = {
	unavailable: m.teach_not_saved_unavailable,
	blocked: m.teach_not_saved_blocked,
	quota: m.teach_not_saved_quota,
	version: m.teach_not_saved_version,
	unknown: m.teach_not_saved_unknown
};
