import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	baseDirection,
	textDirection,
	textLanguage
} from '../../../../src/lib/domain/arabic/script';

describe('textLanguage', () => {
	it('reads Arabic text, vowelled or not, as Arabic', () => {
		expect(textLanguage('وصل شويغو إلى طهران')).toBe('ar');
		expect(textLanguage('وَصَلَ شُويْغُو')).toBe('ar');
	});

	it('reads English text as English', () => {
		expect(textLanguage('Who met Shoigu in Tehran?')).toBe('en');
	});

	it('goes by the majority of letters in mixed text', () => {
		expect(textLanguage('زار شويغو (Shoigu) طهران')).toBe('ar');
		expect(textLanguage('The word وزير means minister')).toBe('en');
	});

	it('does not count marks, digits, spaces or punctuation as letters', () => {
		expect(textLanguage('٢٠٢٣ - ب')).toBe('ar');
		expect(textLanguage('2023: a')).toBe('en');
	});

	it('falls back to English when there are no letters at all', () => {
		expect(textLanguage('')).toBe('en');
		expect(textLanguage('42 ٪ ١٢')).toBe('en');
	});

	it('calls any run of Arabic letters Arabic and any run of Latin letters English', () => {
		const arabic = fc.string({
			unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'),
			minLength: 1
		});
		const latin = fc.string({
			unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
			minLength: 1
		});
		fc.assert(
			fc.property(arabic, (s) => {
				expect(textLanguage(s)).toBe('ar');
			})
		);
		fc.assert(
			fc.property(latin, (s) => {
				expect(textLanguage(s)).toBe('en');
			})
		);
	});
});

it('pairs each language with its direction', () => {
	expect(textDirection('ar')).toBe('rtl');
	expect(textDirection('en')).toBe('ltr');
});

describe('baseDirection', () => {
	it('follows the first strong letter, as the bidi algorithm does', () => {
		expect(baseDirection('Right: p13 says لإجراء محادثات مع القادة العسكريين')).toBe('ltr');
		expect(baseDirection('«وصل» Shoigu')).toBe('rtl');
		expect(baseDirection('12: وزير')).toBe('rtl');
	});

	it('is left to right when the text has no letters', () => {
		expect(baseDirection('42 — ١٢')).toBe('ltr');
	});
});
