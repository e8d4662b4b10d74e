/**
 * Whether a bank word would fill a cloze gap as well as the word the article has there: the check
 * that keeps a generated cloze from having two right answers.
 *
 * The rule, on the data every token and glossary entry carries (no coreference links exist):
 * a word W fits the gap of the key K as well as K does when W has K's part of speech and
 * 1. W is K's word in another guise: the same lemma, the same bare spelling or the same root; or
 * 2. W means what K means: their glosses conflict (`glossesConflict`: a shared sense, head word or
 *    content word of the article sense); or
 * 3. W can name what K names: both are duals with the same clitics (so both definite, or both
 *    not). A definite dual in a news report points back at the pair the report is about (الجانبين,
 *    البلدين and الطرفان all mean Russia and Iran), and nothing in the data tells one pair from
 *    another, so any two such duals count as one referent. The dual's case is not compared: in an
 *    unvowelled bank it shows only as ـين / ـان, and the source itself writes the oblique
 *    الجانبين as a subject (p9), where الطرفان is what grammar wants.
 * Number is read from the spelling, not from the free-text `role`: a stem that is one of the
 * entry's listed plurals is plural; else a stem spelled as the lemma plus ـين / ـان (ة → ت) with a
 * fatha before the ending (ـَيْن, ـَان) in the vowelled form is dual.
 */
import type { GlossaryEntry, WordToken } from '../../content/schema';
import { stripMarks } from '../arabic/letters';
import { bareKey, glossesConflict } from './text';

export type GrammaticalNumber = 'singular' | 'dual' | 'plural';

/** A word of the article as a bank word or a key: its token and its glossary entry. */
export interface GapWord {
	token: WordToken;
	entry: GlossaryEntry;
}

/** The token's text without its clitics, as they are spelled in it. */
function stemOf(token: WordToken): string {
	const pre = (token.pre ?? []).reduce((n, c) => n + c.text.length, 0);
	const post = (token.post ?? []).reduce((n, c) => n + c.text.length, 0);
	return token.text.slice(pre, token.text.length - post);
}

// A fatha, then ya + sukun + nun, or alef + nun, then at most a final vowel: the dual endings.
const DUAL_ENDING = /\u064E(?:\u064A\u0652?\u0646|\u0627\u0646)[\u064B-\u0650]?$/u;

/** Singular, dual or plural, as the word is spelled in the article (see the module comment). */
export function numberOf({ token, entry }: GapWord): GrammaticalNumber {
	const stem = bareKey(stemOf(token));
	if ((entry.plurals ?? []).some((p) => bareKey(p) === stem)) return 'plural';
	const base = bareKey(stripMarks(entry.lemma)).replace(/ه$/u, 'ت');
	const dualSpelling = stem === `${base}ين` || stem === `${base}ان`;
	const vowelled = (token.post ?? []).length === 0 && DUAL_ENDING.test(token.vocalized);
	return dualSpelling && vowelled ? 'dual' : 'singular';
}

/** The clitics as a learner sees them in the bank: the proclitics' letters, the enclitics' kinds. */
export function cliticShape(token: WordToken): string {
	const pre = (token.pre ?? []).map((c) => bareKey(c.text)).join('+');
	const post = (token.post ?? []).map((c) => c.kind).join('+');
	return `${pre}|${post}`;
}

/** True when `other` would fill `key`'s gap as well as `key` (rules 1-3 above). */
export function fitsGapAsWell(key: GapWord, other: GapWord): boolean {
	const [a, b] = [key.entry, other.entry];
	if (a.pos !== b.pos) return false;
	if (
		a.id === b.id ||
		bareKey(key.token.text) === bareKey(other.token.text) ||
		(a.root !== null && a.root === b.root)
	)
		return true;
	if (glossesConflict(a, b)) return true;
	return (
		numberOf(key) === 'dual' &&
		numberOf(other) === 'dual' &&
		cliticShape(key.token) === cliticShape(other.token)
	);
}
