/**
 * The interface language the learner chose, remembered on the device so that the installed app
 * opens in it (static/boot.js reads it before first paint).
 */
import { saveLocale, type LocaleChoice } from '$lib/storage/preferences';

/** Remembers `locale` as the learner's choice; false when the browser refuses to store it. */
export function rememberLocale(locale: LocaleChoice): boolean {
	return saveLocale(locale);
}
