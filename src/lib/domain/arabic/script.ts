/**
 * Text of two scripts in one string: a field declares its language, and every run of the other
 * script inside it is found here so the view can isolate it with its own `lang` and direction.
 * The language is never guessed from the letters: the field says what it is.
 */

import type { Language } from '../../content/field-language';

export type { Language };

/** A stretch of text in one language; the view isolates the ones not in the field's language. */
export interface Run {
	text: string;
	lang: Language;
}

/** The writing direction of a language. */
export function directionOf(language: Language): 'rtl' | 'ltr' {
	return language === 'ar' ? 'rtl' : 'ltr';
}

// Arabic letters, marks, digits and punctuation (، ؛ ؟ and tatweel are Arabic by script extension).
const ARABIC = /\p{scx=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
// A mark of another script (a combining accent) goes with the letter before it.
const MARK = /\p{M}/u;
// European digits glued to a letter ("p12", "G7") read as part of that word, not as the sentence's.
const GLUED_DIGITS = /^\d+(?:[.,:/-]\d+)*/u;

type Piece = { text: string; lang: Language | null };

/** Cuts the text into strong pieces (one script) and neutral ones (spaces, digits, punctuation). */
function pieces(text: string): Piece[] {
	const out: Piece[] = [];
	for (const char of text) {
		const lang: Language | null = ARABIC.test(char) ? 'ar' : LATIN.test(char) ? 'en' : null;
		const last = out.at(-1);
		const joins = last && (last.lang === lang || (MARK.test(char) && last.lang !== null));
		if (last && joins) last.text += char;
		else out.push({ text: char, lang });
	}
	return out;
}

/**
 * The runs of `text`, a field declared to be in `language`. Spaces and punctuation between two
 * words of one script stay inside that script's run ("في طهران", "Ashtiani’s"); digits glued to a
 * word stay with it ("p12"); any other neutral text belongs to the field's own language, so
 * brackets and quotes around a quoted run ("(p12)", «…») sit outside the isolated run.
 * Neighbouring runs of one language are merged; empty text has no runs.
 */
export function scriptRuns(text: string, language: Language): Run[] {
	const list = pieces(text);
	const runs: Run[] = [];
	const push = (chunk: string, lang: Language) => {
		if (chunk === '') return;
		const last = runs.at(-1);
		if (last && last.lang === lang) last.text += chunk;
		else runs.push({ text: chunk, lang });
	};
	list.forEach((piece, i) => {
		if (piece.lang !== null) return push(piece.text, piece.lang);
		const before = list[i - 1]?.lang ?? null;
		const after = list[i + 1]?.lang ?? null;
		if (before !== null && before === after) return push(piece.text, before);
		const glued = before !== null ? (GLUED_DIGITS.exec(piece.text)?.[0] ?? '') : '';
		push(glued, before ?? language);
		push(piece.text.slice(glued.length), language);
	});
	return runs;
}

/**
 * A value put into a sentence of the other script (a file name, a path, a release name), isolated
 * with FSI ... PDI so the sentence around it cannot reorder its parts.
 */
export const isolate = (value: string): string => `\u2068${value}\u2069`;
