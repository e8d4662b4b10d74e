import { describe, expect, it } from 'vitest';
import {
	definitionLanguages,
	definitionParts,
	effectiveDefinitionChoice,
	isDefinitionChoice
} from '../../../../src/lib/domain/reader/definitions';

describe('definitions setting', () => {
	it('defaults to both in the Arabic interface and English in the English one', () => {
		expect(effectiveDefinitionChoice(null, 'ar')).toBe('both');
		expect(effectiveDefinitionChoice(null, 'en')).toBe('en');
		expect(definitionLanguages(null, 'ar')).toEqual(['ar', 'en']);
		expect(definitionLanguages(null, 'en')).toEqual(['en']);
	});

	it("keeps the reader's choice whatever the interface", () => {
		expect(definitionLanguages('ar', 'en')).toEqual(['ar']);
		expect(definitionLanguages('en', 'ar')).toEqual(['en']);
		expect(effectiveDefinitionChoice('en', 'ar')).toBe('en');
	});

	it("puts the interface's language first when both are shown", () => {
		expect(definitionLanguages('both', 'en')).toEqual(['en', 'ar']);
		expect(definitionLanguages('both', 'ar')).toEqual(['ar', 'en']);
	});

	it('recognises only the three choices', () => {
		expect(['en', 'ar', 'both', 'fr', null, 1].map(isDefinitionChoice)).toEqual([
			true,
			true,
			true,
			false,
			false,
			false
		]);
	});
});

describe('definitionParts', () => {
	const texts = { en: 'minister', ar: 'وَزِير: من يتولى وزارة.' };

	it('gives the chosen versions in order', () => {
		expect(definitionParts(texts, ['ar', 'en'])).toEqual([
			{ lang: 'ar', text: 'وَزِير: من يتولى وزارة.' },
			{ lang: 'en', text: 'minister' }
		]);
		expect(definitionParts(texts, ['en'])).toEqual([{ lang: 'en', text: 'minister' }]);
	});

	it('skips a missing version, and shows the other rather than nothing', () => {
		expect(definitionParts({ en: 'minister' }, ['ar', 'en'])).toEqual([
			{ lang: 'en', text: 'minister' }
		]);
		expect(definitionParts({ en: 'minister' }, ['ar'])).toEqual([{ lang: 'en', text: 'minister' }]);
		expect(definitionParts({}, ['ar'])).toEqual([]);
	});

	it('shows nothing for a missing version when the fallback is off', () => {
		expect(definitionParts({ ar: 'دولة في غرب آسيا' }, ['en'], false)).toEqual([]);
		expect(definitionParts({ ar: 'دولة في غرب آسيا' }, ['en', 'ar'], false)).toEqual([
			{ lang: 'ar', text: 'دولة في غرب آسيا' }
		]);
	});
});
