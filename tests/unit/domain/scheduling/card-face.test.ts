import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../../src/lib/content/index';
import type { Lesson } from '../../../../src/lib/content/schema';
import { cardFace } from '../../../../src/lib/domain/scheduling/card-face';
import { checkTyped } from '../../../../src/lib/domain/scheduling/typed-check';

const lesson = (await loadLesson('shoigu-tehran-2023')) as Lesson;

describe('cardFace', () => {
	it('finds the word in the sentence it was saved from, else its first sentence', () => {
		const first = cardFace(lesson, 'wazir')!;
		expect([first.sentence.id, first.token.vocalized, first.entry.lemma]).toEqual([
			'headline.s1',
			'وَزِيرُ',
			'وَزِير'
		]);
		const later = cardFace(lesson, 'wazir', 'p1.s1')!;
		expect([later.sentence.id, later.tokenIndex]).toEqual(['p1.s1', 1]);
		expect(cardFace(lesson, 'no-such-entry')).toBeUndefined();
	});
});

describe('checkTyped', () => {
	const face = cardFace(lesson, 'wazir')!;
	it('accepts the word without vowel marks, as printed or as in the dictionary', () => {
		expect(checkTyped('وزير', face)).toBe('correct');
		expect(checkTyped('وَزِيرُ', face)).toBe('correct');
		expect(checkTyped(' وزير ', face)).toBe('correct');
	});
	it('calls one letter off close, and another word wrong', () => {
		expect(checkTyped('وزيز', face)).toBe('close');
		expect(checkTyped('دفاع', face)).toBe('wrong');
		expect(checkTyped('', face)).toBe('wrong');
	});
});
