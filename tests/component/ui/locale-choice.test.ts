import { afterEach, expect, it, vi } from 'vitest';
import { rememberLocale } from '../../../src/lib/state/locale-choice';

afterEach(() => {
	vi.restoreAllMocks();
	localStorage.clear();
});

it('remembers the chosen language under the key static/boot.js reads before first paint', () => {
	expect(rememberLocale('ar')).toBe(true);
	expect(localStorage.getItem('fahm.locale')).toBe('ar');
	expect(rememberLocale('en')).toBe(true);
	expect(localStorage.getItem('fahm.locale')).toBe('en');
});

it('says so when the browser refuses to store the choice, and keeps the earlier one', () => {
	rememberLocale('en');
	vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
		throw new DOMException('full', 'QuotaExceededError');
	});
	expect(rememberLocale('ar')).toBe(false);
	expect(localStorage.getItem('fahm.locale')).toBe('en');
});
