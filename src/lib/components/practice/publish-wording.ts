/**
 * What went wrong with a set published on this device, in the learner's language. Fetched with
 * the sets themselves, only when a page is asked for one (`?set=`): most visits never need it.
 */
import { m } from '$lib/paraglide/messages';

/** Published records that could not be read, named by id; they are left as they are. */
export const damagedText = (ids: readonly string[]): string =>
	m.publish_damaged({ ids: ids.join(', ') });

/** A set asked for by the address that is neither built in nor published here. */
export const missingText = (id: string): string => m.publish_set_missing({ id });
