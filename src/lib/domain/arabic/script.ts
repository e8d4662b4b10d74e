/**
 * Which language a piece of teacher-written text is in, judged from its script, so it can be
 * rendered with the right `lang` and `dir`.
 */

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/gu;

/** 'ar' when more than half of the letters in `text` are Arabic; marks, digits and spaces do not count. */
export function textLanguage(text: string): 'ar' | 'en' {
	let letters = 0;
	let arabic = 0;
	for (const [letter] of text.matchAll(LETTER)) {
		letters++;
		if (ARABIC_LETTER.test(letter)) arabic++;
	}
	return arabic * 2 > letters ? 'ar' : 'en';
}

/** The writing direction that goes with a language from {@link textLanguage}. */
export function textDirection(language: 'ar' | 'en'): 'rtl' | 'ltr' {
	return language === 'ar' ? 'rtl' : 'ltr';
}

// Letters carry a direction of their own; digits (Arabic-Indic included), marks and punctuation do not.
const STRONG = /\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * The base direction of a paragraph as the Unicode bidi algorithm finds it: that of its first
 * strong letter. Mixed feedback that begins in English ("Right: p13 says لإجراء ...") keeps its
 * English word order, whatever the majority of its letters.
 */
export function baseDirection(text: string): 'rtl' | 'ltr' {
	const first = STRONG.exec(text)?.[0];
	return first && RIGHT_TO_LEFT.test(first) ? 'rtl' : 'ltr';
}
