/**
 * Regression: counts were put into fixed strings ("1 words", "1 كلمات", "وردت 6 مرة"). Every
 * message that counts something now chooses its form by the language's plural rules (Arabic has
 * six: zero, one, two, few, many, other).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m } from '../../../src/lib/paraglide/messages';

const ar = { locale: 'ar' } as const;
const en = { locale: 'en' } as const;

describe('counted messages', () => {
	it('words of a lesson', () => {
		expect(m.lesson_words({ count: 1 }, en)).toBe('1 word');
		expect(m.lesson_words({ count: 2 }, en)).toBe('2 words');
		expect(m.lesson_words({ count: 1234 }, en)).toBe('1,234 words');
		expect([0, 1, 2, 3, 11, 100].map((count) => m.lesson_words({ count }, ar))).toEqual([
			'لا كلمات',
			'كلمة واحدة',
			'كلمتان',
			'3 كلمات',
			'11 كلمةً',
			'100 كلمة'
		]);
	});

	it('lessons on the home page', () => {
		expect(m.lessons_count({ count: 1 }, en)).toBe('1 lesson');
		expect(m.lessons_count({ count: 2 }, en)).toBe('2 lessons');
		expect([0, 1, 2, 3, 11, 100].map((count) => m.lessons_count({ count }, ar))).toEqual([
			'لا دروس',
			'درس واحد',
			'درسان',
			'3 دروس',
			'11 درسًا',
			'100 درس'
		]);
	});

	it("a root's family and how often each word is used", () => {
		expect(m.reader_family_title({ count: 1 }, en)).toBe('1 word of this root in the article:');
		expect(m.reader_family_title({ count: 2 }, en)).toBe('2 words of this root in the article:');
		expect(m.reader_family_title({ count: 3 }, ar)).toBe('3 كلمات من هذا الجذر في المقال:');
		expect(m.reader_family_title({ count: 2 }, ar)).toBe('كلمتان من هذا الجذر في المقال:');
		expect(m.reader_family_uses({ count: 1 }, en)).toBe('used once');
		expect(m.reader_family_uses({ count: 2 }, en)).toBe('used 2 times');
		expect([0, 1, 2, 3, 6, 11, 100].map((count) => m.reader_family_uses({ count }, ar))).toEqual([
			'لم ترد',
			'وردت مرة واحدة',
			'وردت مرتين',
			'وردت 3 مرات',
			'وردت 6 مرات',
			'وردت 11 مرةً',
			'وردت 100 مرة'
		]);
	});

	it('saved records that could not be read', () => {
		expect(m.reader_saved_unreadable({ count: 1 }, en)).toMatch(/^One saved record .* It is kept/);
		expect(m.reader_saved_unreadable({ count: 2 }, en)).toMatch(/^2 saved records .* They are/);
		expect(m.reader_saved_unreadable({ count: 2 }, ar)).toMatch(/^تعذّرت قراءة سجلين محفوظين\./);
		expect(m.reader_saved_unreadable({ count: 3 }, ar)).toMatch(/^تعذّرت قراءة 3 سجلات محفوظة\./);
		expect(m.reader_saved_unreadable({ count: 11 }, ar)).toMatch(/^تعذّرت قراءة 11 سجلًّا/);
	});

	it('points of a question and of a quiz', () => {
		expect(m.quiz_points({ points: '0', total: 1 }, en)).toBe('0 of 1 point');
		expect(m.quiz_points({ points: '1', total: 2 }, en)).toBe('1 of 2 points');
		expect(m.quiz_points({ points: '0', total: 1 }, ar)).toBe('النقاط: 0 من نقطة واحدة');
		expect(m.quiz_points({ points: '1', total: 2 }, ar)).toBe('النقاط: 1 من نقطتين');
		expect(m.quiz_points({ points: '1', total: 3 }, ar)).toBe('النقاط: 1 من 3 نقاط');
		expect(m.practice_score({ points: '7', total: 10, percent: '70' }, ar)).toBe(
			'7 من 10 نقاط (70٪)'
		);
		expect(m.practice_score({ points: '8', total: 11, percent: '73' }, ar)).toBe(
			'8 من 11 نقطةً (73٪)'
		);
		expect(m.practice_score({ points: '1', total: 1, percent: '100' }, en)).toBe(
			'1 of 1 point (100%)'
		);
	});
});

it('puts no count before a noun in a fixed string: such a message needs plural forms', () => {
	const files = ['en', 'ar'].flatMap((lang) =>
		['messages', 'messages/reader', 'messages/quiz'].map((dir) => `${dir}/${lang}.json`)
	);
	for (const file of files) {
		const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
		for (const [key, text] of Object.entries(messages))
			if (typeof text === 'string')
				expect(text, `${file}: ${key}`).not.toMatch(/\{count\}\s*\p{L}/u);
	}
});
