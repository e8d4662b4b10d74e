/**
 * The reader's display settings, kept in localStorage beside the theme: small, read at start,
 * and only about how the text looks. Each field is checked on the way in, so a damaged or older
 * value falls back to its default without losing the others.
 */
import { isDefinitionChoice, type DefinitionChoice } from '../domain/reader/definitions';
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
	/** The languages of definitions and notes; null until the reader chooses (the interface decides). */
	definitions: DefinitionChoice | null;
}

export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettingsValue> = {
	textSize: 1,
	vowels: 'full',
	parallel: false,
	entities: false,
	expressions: true,
	definitions: null
};

const KEY = 'fahm.reader';
/** 2 added `definitions`; a version-1 value reads the same way and keeps that field's default. */
const VERSION = 2;

/** Reads settings from a stored string (any version), field by field. */
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
	if (isDefinitionChoice(raw.definitions)) settings.definitions = raw.definitions;
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
