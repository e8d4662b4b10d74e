import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	FOLDS,
	foldsBetween,
	foldTrace,
	hamzaKey,
	normalize,
	PROFILES,
	type FoldName,
	type Profile
} from '../../../../src/lib/domain/arabic/normalize';

const fold = (name: FoldName) => FOLDS.find((f) => f.name === name)!;
const profiles: Profile[] = ['strict', 'standard', 'lenient'];

describe('each fold', () => {
	const cases: [FoldName, string, string][] = [
		['invisible', 'ك\u200Dت\u200Fا\u202Bب\u2066\uFEFF\u061C\u034F\u200B\u00AD', 'كتاب'],
		['digits', '٢٠٢٣ ۱۴ ٣٫٥ ١٬٠٠٠', '2023 14 3.5 1,000'],
		['punctuation', '«طهران»، (موسكو)؛ لماذا؟ U.S.! 3.5 1,000', 'طهران موسكو لماذا US 3.5 1,000'],
		['marks', 'مُكَثَّفٌ أَيْضاً سُكْنٍ ـ\u0654', 'مكثف أيضا سكن ـ'],
		['dagger-alef', 'هٰذا الرحمٰن', 'هذا الرحمن'],
		['tatweel', 'كتـــاب', 'كتاب'],
		['alef-forms', 'أحمد إلى آخر ٱلكتاب', 'احمد الى اخر الكتاب'],
		['hamza-seats', 'مسؤول سائل شيء', 'مسوول سايل شي'],
		['alef-maqsura', 'على مستشفى', 'علي مستشفي'],
		['ta-marbuta', 'مدينة وكالة', 'مدينه وكاله'],
		['persian-letters', 'کتاب ایران', 'كتاب ايران'],
		['latin-case', 'Tehran ÉTÉ', 'tehran été'],
		['spacing', '  طهران \t\n  موسكو\u00A0 ', 'طهران موسكو']
	];
	it.each(cases)('%s', (name, input, output) => {
		expect(fold(name).apply(input)).toBe(output);
		expect(normalize(input, new Set([name]))).toBe(output);
	});

	it('every fold has a case above, and they run in the documented order', () => {
		expect(cases.map(([name]) => name)).toEqual(FOLDS.map((f) => f.name));
	});

	it('composes decomposed hamza (ا + U+0654) before folding, so it is the same letter as أ', () => {
		expect(normalize('\u0627\u0654حمد', 'strict')).toBe('أحمد');
		expect(normalize('\u0627\u0654حمد', 'standard')).toBe('احمد');
		expect(normalize('\u0648\u0654', 'lenient')).toBe('و');
		// after the invisible marks are gone, so a joiner cannot keep them apart
		expect(normalize('\u0627\u200D\u0654', 'strict')).toBe('أ');
	});

	it('keeps a separator between digits whatever the profile drops around it (found by fast-check)', () => {
		// Punctuation is judged before letters are dropped: ء between « and ٠ must not decide it.
		expect(normalize(normalize('5«ء٠', 'standard'), 'lenient')).toBe(normalize('5«ء٠', 'lenient'));
		expect(normalize('5.ء0', 'lenient')).toBe(normalize('5ء0', 'lenient'));
	});

	it('normalize is idempotent on a hamza that a tatweel kept from its alef (found by fast-check)', () => {
		const once = normalize('اـ\u0654', 'standard');
		expect(once).toBe('ا');
		expect(normalize(once, 'standard')).toBe(once);
	});
});

describe('profiles', () => {
	const text = ' مَسْؤُولٌ\u200F  أيضاً، ٣٫٥ ـ الى Tehran! مدينة ';
	it('strict forgives only invisible marks, digit script and spacing', () => {
		expect(normalize(text, 'strict')).toBe('مَسْؤُولٌ أيضاً، 3.5 ـ الى Tehran! مدينة');
		expect(foldTrace(text, 'strict')).toEqual(['invisible', 'digits', 'spacing']);
	});
	it('standard also drops marks, tatweel, the hamza (on alef and on its other seats), punctuation and Latin case', () => {
		expect(normalize(text, 'standard')).toBe('مسوول ايضا 3.5 الى tehran مدينة');
	});
	it('lenient applies every fold', () => {
		expect(normalize(text, 'lenient')).toBe('مسوول ايضا 3.5 الي tehran مدينه');
		expect([...PROFILES.lenient]).toEqual(FOLDS.map((f) => f.name));
	});
	it('lenient ⊇ standard ⊇ strict', () => {
		for (const name of PROFILES.strict) expect(PROFILES.standard.has(name)).toBe(true);
		for (const name of PROFILES.standard) expect(PROFILES.lenient.has(name)).toBe(true);
	});
});

const arabicish = fc.string({
	unit: fc.constantFrom(
		...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱؤئىةـ٠١٢٣٩۴٫٬،؛؟.,!«»- \t\u200F\u200D\u064E\u064F\u0650\u0651\u0652\u064B\u0670\u0653\u0654\u0655یکAbZé5'
	),
	maxLength: 24
});

describe('properties', () => {
	it('normalizing is idempotent under every profile', () => {
		fc.assert(
			fc.property(arabicish, fc.constantFrom(...profiles), (text, profile) => {
				const once = normalize(text, profile);
				expect(normalize(once, profile)).toBe(once);
			})
		);
	});

	it('texts equal under a profile stay equal under every wider profile', () => {
		fc.assert(
			fc.property(arabicish, arabicish, (a, b) => {
				if (normalize(a, 'strict') === normalize(b, 'strict'))
					expect(normalize(a, 'standard')).toBe(normalize(b, 'standard'));
				if (normalize(a, 'standard') === normalize(b, 'standard'))
					expect(normalize(a, 'lenient')).toBe(normalize(b, 'lenient'));
				// and the wider profile of a text is the wider profile of its narrower form
				expect(normalize(normalize(a, 'strict'), 'standard')).toBe(normalize(a, 'standard'));
				expect(normalize(normalize(a, 'standard'), 'lenient')).toBe(normalize(a, 'lenient'));
			})
		);
	});

	it('the one-pass normalize gives what the folds give one by one, in order', () => {
		const names = FOLDS.map((f) => f.name);
		fc.assert(
			fc.property(arabicish, fc.subarray(names), (text, chosen) => {
				const set = new Set(chosen);
				const folds = FOLDS.filter((f) => set.has(f.name));
				// NFC comes right after the invisible fold, or first without it.
				const invisible = folds[0]?.name === 'invisible';
				const start = (invisible ? folds[0]!.apply(text) : text).normalize('NFC');
				const oneByOne = (invisible ? folds.slice(1) : folds).reduce((t, f) => f.apply(t), start);
				expect(normalize(text, set)).toBe(oneByOne);
			})
		);
	});
});

describe('foldsBetween: which folds made two texts equal', () => {
	it('names the folds without which the texts would differ', () => {
		expect(foldsBetween('مَسْؤُول', 'مسؤول', 'standard')).toEqual(['marks']);
		expect(foldsBetween('مسوول', 'مسؤول', 'lenient')).toEqual(['hamza-seats']);
		expect(foldsBetween('الى المدينه', 'إلى المدينة', 'lenient')).toEqual([
			'alef-forms',
			'ta-marbuta'
		]);
		expect(foldsBetween('شى', 'شئ', 'lenient')).toEqual(['hamza-seats', 'alef-maqsura']);
	});
	it('is empty for identical texts and null when even the profile cannot make them equal', () => {
		expect(foldsBetween('طهران', 'طهران')).toEqual([]);
		expect(foldsBetween('مسوول', 'مسؤول', 'strict')).toBeNull();
		expect(foldsBetween('الطائره', 'الطائرة', 'standard')).toBeNull();
		expect(foldsBetween('طهران', 'موسكو')).toBeNull();
	});
	it('ignores a fold that changed both texts alike', () => {
		expect(foldsBetween('كتـاب.', 'كتـاب', 'standard')).toEqual(['punctuation']);
	});
});

describe('hamzaKey', () => {
	it('makes spellings that differ only in the seat of the hamza equal', () => {
		expect(hamzaKey('مسئول')).toBe(hamzaKey('مسؤول'));
		expect(hamzaKey('سأل')).toBe(hamzaKey('سئل'));
		expect(hamzaKey('مسوول')).not.toBe(hamzaKey('مسؤول'));
		expect(hamzaKey('ٱلكتاب')).toBe(hamzaKey('الكتاب'));
	});
});
