/**
 * Small display preferences kept in localStorage, read before first paint by static/boot.js.
 * Progress and content live in IndexedDB; these are only how the app looks. The interface
 * language is remembered by static/boot.js alone (it reads it before anything else runs).
 */

export type ThemeChoice = 'system' | 'light' | 'dark';

const THEME_KEY = 'fahm.theme';

function read(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Writes a preference; returns false when the browser refuses (storage full or blocked). */
function write(key: string, value: string | null): boolean {
	try {
		if (value === null) globalThis.localStorage?.removeItem(key);
		else globalThis.localStorage?.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

export function loadTheme(): ThemeChoice {
	const value = read(THEME_KEY);
	return value === 'light' || value === 'dark' ? value : 'system';
}

export function saveTheme(theme: ThemeChoice): boolean {
	return write(THEME_KEY, theme === 'system' ? null : theme);
}
