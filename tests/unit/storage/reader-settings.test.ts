import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	DEFAULT_READER_SETTINGS,
	loadReaderSettings,
	parseReaderSettings,
	saveReaderSettings
} from '../../../src/lib/storage/reader-settings';

afterEach(() => vi.unstubAllGlobals());

/** A minimal localStorage for Node. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, value)
	};
}

describe('reader settings', () => {
	it('round-trips through localStorage', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		const settings = {
			textSize: 3,
			vowels: 'none' as const,
			parallel: true,
			entities: true,
			expressions: false,
			definitions: 'ar' as const
		};
		expect(saveReaderSettings(settings)).toBe(true);
		expect(loadReaderSettings()).toEqual(settings);
		expect(JSON.parse(localStorage.getItem('fahm.reader')!)).toMatchObject({
			version: 2,
			definitions: 'ar'
		});
	});

	it('reads a version-1 value field by field, with no definitions choice made yet', () => {
		const v1 = JSON.stringify({
			version: 1,
			textSize: 2,
			vowels: 'no-case',
			parallel: true,
			entities: false,
			expressions: false
		});
		expect(parseReaderSettings(v1)).toEqual({
			textSize: 2,
			vowels: 'no-case',
			parallel: true,
			entities: false,
			expressions: false,
			definitions: null
		});
	});

	it('falls back to no choice for an unknown definitions value, keeping the other fields', () => {
		for (const definitions of ['fr', 'English', 1, true]) {
			const parsed = parseReaderSettings(
				JSON.stringify({ version: 2, vowels: 'none', definitions })
			);
			expect(parsed).toEqual({ ...DEFAULT_READER_SETTINGS, vowels: 'none', definitions: null });
		}
		expect(parseReaderSettings(JSON.stringify({ version: 2, definitions: 'both' }))).toEqual({
			...DEFAULT_READER_SETTINGS,
			definitions: 'both'
		});
	});

	it('falls back field by field: one bad value does not lose the others', () => {
		const parsed = parseReaderSettings(
			JSON.stringify({ textSize: 99, vowels: 'no-case', parallel: 'yes' })
		);
		expect(parsed).toEqual({ ...DEFAULT_READER_SETTINGS, vowels: 'no-case' });
	});

	it('gives the defaults for nothing stored or unreadable JSON', () => {
		expect(parseReaderSettings(null)).toEqual(DEFAULT_READER_SETTINGS);
		expect(parseReaderSettings('{oops')).toEqual(DEFAULT_READER_SETTINGS);
	});

	it('says so when the browser refuses to store', () => {
		vi.stubGlobal('localStorage', {
			...memoryStorage(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		});
		expect(saveReaderSettings({ ...DEFAULT_READER_SETTINGS })).toBe(false);
	});
});
