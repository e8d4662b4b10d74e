import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionOf, scriptRuns } from '../../../../src/lib/domain/arabic/script';

describe('scriptRuns', () => {
	it('isolates an Arabic quote in English feedback, leaving "(p12)" to the English', () => {
		expect(scriptRuns('Yes: الصواريخ (p12)', 'en')).toEqual([
			{ text: 'Yes: ', lang: 'en' },
			{ text: 'الصواريخ', lang: 'ar' },
			{ text: ' (p12)', lang: 'en' }
		]);
	});

	it('keeps the words, spaces and punctuation of a quoted Arabic phrase in one run', () => {
		expect(scriptRuns('Right: p2, في اجتماع مع نظيره الإيراني ... في طهران.', 'en')).toEqual([
			{ text: 'Right: p2, ', lang: 'en' },
			{ text: 'في اجتماع مع نظيره الإيراني ... في طهران', lang: 'ar' },
			{ text: '.', lang: 'en' }
		]);
	});

	it('reads a vocabulary explanation that begins with its Arabic word as English', () => {
		expect(scriptRuns('تَعْزِيز (verbal noun, root ع ز ز): strengthening', 'en')).toEqual([
			{ text: 'تَعْزِيز', lang: 'ar' },
			{ text: ' (verbal noun, root ', lang: 'en' },
			{ text: 'ع ز ز', lang: 'ar' },
			{ text: '): strengthening', lang: 'en' }
		]);
	});

	it('isolates English inside Arabic, brackets staying with the Arabic around it', () => {
		expect(scriptRuns('زار شويغو (Sergei Shoigu) طهران', 'ar')).toEqual([
			{ text: 'زار شويغو (', lang: 'ar' },
			{ text: 'Sergei Shoigu', lang: 'en' },
			{ text: ') طهران', lang: 'ar' }
		]);
	});

	it('keeps digits glued to a word with it, and loose numbers with the field', () => {
		expect(scriptRuns('انظر p12 في 2023', 'ar')).toEqual([
			{ text: 'انظر ', lang: 'ar' },
			{ text: 'p12', lang: 'en' },
			{ text: ' في 2023', lang: 'ar' }
		]);
		expect(scriptRuns('p13.s1: 19–20 September', 'en')).toEqual([
			{ text: 'p13.s1: 19–20 September', lang: 'en' }
		]);
	});

	it('puts quotation marks and punctuation at the edges outside the isolated run', () => {
		expect(scriptRuns('What does «على هامش» mean?', 'en')).toEqual([
			{ text: 'What does «', lang: 'en' },
			{ text: 'على هامش', lang: 'ar' },
			{ text: '» mean?', lang: 'en' }
		]);
		expect(scriptRuns('«Novosti».', 'ar')).toEqual([
			{ text: '«', lang: 'ar' },
			{ text: 'Novosti', lang: 'en' },
			{ text: '».', lang: 'ar' }
		]);
	});

	it('keeps Arabic punctuation, marks and digits inside the Arabic run', () => {
		expect(scriptRuns('Tehran: طَهْرَانُ، ١٢؟', 'en')).toEqual([
			{ text: 'Tehran: ', lang: 'en' },
			{ text: 'طَهْرَانُ، ١٢؟', lang: 'ar' }
		]);
	});

	it('gives text of one script, or of none, a single run in the field language', () => {
		expect(scriptRuns('', 'ar')).toEqual([]);
		expect(scriptRuns('42 — 7%', 'ar')).toEqual([{ text: '42 — 7%', lang: 'ar' }]);
		expect(scriptRuns('وزير الدفاع', 'ar')).toEqual([{ text: 'وزير الدفاع', lang: 'ar' }]);
		expect(scriptRuns('Ashtiani’s post', 'en')).toEqual([{ text: 'Ashtiani’s post', lang: 'en' }]);
	});

	it('loses and adds nothing, and never leaves two neighbouring runs in one language', () => {
		const unit = fc.constantFrom(...'ab zوزي ()«»:.،12٣-'.split(''));
		fc.assert(
			fc.property(fc.string({ unit }), fc.constantFrom('ar', 'en'), (text, lang) => {
				const runs = scriptRuns(text, lang as 'ar' | 'en');
				expect(runs.map((r) => r.text).join('')).toBe(text);
				runs.forEach((r, i) => {
					expect(r.text).not.toBe('');
					if (i > 0) expect(r.lang).not.toBe(runs[i - 1]?.lang);
				});
			})
		);
	});
});

it('pairs each language with its direction', () => {
	expect(directionOf('ar')).toBe('rtl');
	expect(directionOf('en')).toBe('ltr');
});
