import { describe, expect, it } from 'vitest';
import { clusters, marksByLetter, stripMarks } from '../../../../src/lib/domain/arabic/letters';

describe('stripMarks', () => {
	it('removes harakat, tanwin, shadda, sukun and dagger alef, and nothing else', () => {
		expect(stripMarks('مُكَثَّفٍ هٰذَا أَيْضاً')).toBe('مكثف هذا أيضا');
		expect(stripMarks('إلى آخر ـ، 12')).toBe('إلى آخر ـ، 12');
	});
});

describe('clusters and marksByLetter', () => {
	it('attach each mark to the letter before it', () => {
		expect(clusters('مُكَثَّف')).toEqual(['مُ', 'كَ', 'ثَّ', 'ف']);
		expect(marksByLetter('بشكلٍ')).toEqual([{ letter: 3, mark: '\u064D' }]);
	});
});
