/**
 * The reader's display settings, kept in localStorage beside the theme: small, read at start,
 * and only about how the text looks. Each field is checked on the way in, so a damaged or older
 * value falls back to its default without losing the others.
 */
import { isVowelMode, type VowelMode } from '../domain/reader/vowels';

export const TEXT_SIZES = 5;

export interface ReaderSettingsValue {
	/** A step from 0 (smallest) to TEXT_SIZES - 1. */
	textSize: number;
	vowels: VowelMode;
	/** Every sentence's translation shown, as a parallel text. */
	parallel: boolean;
	entities: boolean;
	expressions: boolean;
}

export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettingsValue> = {
	textSize: 1,
	vowels: 'full',
	parallel: false,
	entities: false,
	expressions: true
};

const KEY = 'fahm.reader';
const VERSION = 1;

/** Reads settings from a stored string, field by field. */
export function parseReaderSettings(stored: string | null): ReaderSettingsValue {
	const settings = { ...DEFAULT_READER_SETTINGS };
	let raw: Record<string, unknown> = {};
	try {
		const parsed: unknown = stored ? JSON.parse(stored) : {};
		if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
	} catch {
		return settings;
	}
	const size = raw.textSize;
	if (typeof size === 'number' && Number.isInteger(size) && size >= 0 && size < TEXT_SIZES)
		settings.textSize = size;
	if (isVowelMode(raw.vowels)) settings.vowels = raw.vowels;
	for (const flag of ['parallel', 'entities', 'expressions'] as const)
		if (typeof raw[flag] === 'boolean') settings[flag] = raw[flag];
	return settings;
}

export function loadReaderSettings(): ReaderSettingsValue {
	try {
		return parseReaderSettings(globalThis.localStorage?.getItem(KEY) ?? null);
	} catch {
		return { ...DEFAULT_READER_SETTINGS };
	}
}

/** Writes the settings; false when the browser refuses (storage full or blocked). */
export function saveReaderSettings(settings: ReaderSettingsValue): boolean {
	try {
		globalThis.localStorage?.setItem(KEY, JSON.stringify({ version: VERSION, ...settings }));
		return true;
	} catch {
		return false;
	}
}
