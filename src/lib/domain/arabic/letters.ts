/**
 * Arabic letters and marks: the character classes every other Arabic function builds on.
 */

/** Harakat, tanwin, shadda, sukun, and the dagger alef: marks written above or below a letter. */
export const MARKS = /[\u064B-\u0652\u0670]/u;
const MARKS_GLOBAL = /[\u064B-\u0652\u0670]/gu;
/** Case endings and other marks only: fathatan, dammatan, kasratan, fatha, damma, kasra, shadda, sukun. */
export const FATHATAN = '\u064B';
export const DAMMATAN = '\u064C';
export const KASRATAN = '\u064D';
export const FATHA = '\u064E';
export const DAMMA = '\u064F';
export const KASRA = '\u0650';
export const SHADDA = '\u0651';
export const SUKUN = '\u0652';
export const DAGGER_ALEF = '\u0670';
export const TATWEEL = '\u0640';

/** A base Arabic letter (hamza through ya, without marks or tatweel). */
export const LETTER = /[\u0621-\u063A\u0641-\u064A\u0671]/u;

/** True when `ch` is one combining Arabic mark. */
export function isMark(ch: string): boolean {
	return ch.length === 1 && MARKS.test(ch);
}

/** True when `ch` is one Arabic letter. */
export function isLetter(ch: string): boolean {
	return ch.length === 1 && LETTER.test(ch);
}

/** Removes every vowel mark, shadda, sukun and dagger alef; letters are left as they are. */
export function stripMarks(text: string): string {
	return text.replace(MARKS_GLOBAL, '');
}

/** The marks in `text`, each with the index of the letter it sits on (0-based, counting letters). */
export function marksByLetter(text: string): { letter: number; mark: string }[] {
	const out: { letter: number; mark: string }[] = [];
	let letter = -1;
	for (const ch of text) {
		if (isMark(ch)) out.push({ letter, mark: ch });
		else letter++;
	}
	return out;
}

/**
 * Splits vowelled text into clusters: each base character with the marks that follow it.
 * `clusters('كَتَبَ')` is `['كَ', 'تَ', 'بَ']`.
 */
export function clusters(text: string): string[] {
	const out: string[] = [];
	for (const ch of text) {
		if (isMark(ch) && out.length > 0) out[out.length - 1] += ch;
		else out.push(ch);
	}
	return out;
}
