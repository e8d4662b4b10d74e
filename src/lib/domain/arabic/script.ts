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
