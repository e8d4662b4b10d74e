/**
 * Case endings (iʿrāb) and how to read without them.
 *
 * A learner who reads "without case endings" says a word as it sounds at a pause: وَزِيرُ → وَزِير,
 * الْعَسْكَرِيَّةِ → الْعَسْكَرِيَّة, يَتَطَوَّرُ → يَتَطَوَّر. The rule, applied to the fully vowelled form:
 *
 * 1. Only words that inflect lose an ending: nouns, verbal nouns, adjectives, participles, numbers,
 *    proper nouns and adverbs (the declinable parts of speech), and imperfect verbs (mood ending).
 *    Perfect verbs keep their last vowel, which belongs to the person ending (أَعْرَبَ, not a mood),
 *    and particles, prepositions, conjunctions, pronouns, demonstratives and relatives keep their
 *    fixed (mabnī) vowel: مِنَ, هُوَ, ذَٰلِكَ, بَيْنَ.
 * 2. The ending is the short vowel or the tanwin on the stem's last letter, and it goes only when
 *    nothing follows it: a word with an attached pronoun is left exactly as vowelled, so
 *    بِلَادِهِ, نَظِيرَهُ, وَحُلَفَائِهَا, يُشِيرُهُ stay whole. Why: once a pronoun is attached, the
 *    stem's case or mood vowel is inside the word and is said even at a pause (bilādihi, paused
 *    bilādih, never *bilādhi); removing it leaves a word no one says (بِلَادهِ, نَظِيرهُ). The
 *    pronoun's own vowel (-hu, -hā, -hum) belongs to the pronoun, not to an ending, so it stays
 *    too, as the issue asks (keeping the word readable matters more than the pausal -h).
 * 3. Shadda and sukun stay: they belong to the word (الرُّوسِيُّ → الرُّوسِيّ).
 * 4. Tanwin fath (ً) stays: Modern Standard Arabic read without case endings still says -an
 *    (أَيْضاً ayḍan, مُشِيراً mushīran), and news print writes it, so removing it would make the
 *    "without case endings" form say less than the printed text.
 * 5. Letters never change: the function only removes marks, never a letter.
 *
 * A verb whose aspect cannot be told from its glossary stems keeps its ending: the function
 * never strips what it is not sure is an inflection.
 */
import type { GlossaryEntry, PartOfSpeech, WordToken } from '../../content/schema';
import { DAMMA, DAMMATAN, FATHA, KASRA, KASRATAN, clusters, stripMarks } from './letters';
import { segmentsOf } from './segments';

/** What the rule needs to know of a word's glossary entry. */
export type CaseInfo = Pick<GlossaryEntry, 'pos' | 'past' | 'present'>;

const DECLINABLE: ReadonlySet<PartOfSpeech> = new Set<PartOfSpeech>([
	'noun',
	'verbal-noun',
	'adjective',
	'participle',
	'proper-noun',
	'number',
	'adverb'
]);

/** The marks that can be a case or mood ending; tanwin fath is not among them (rule 4). */
const ENDING_MARKS = new Set([FATHA, DAMMA, KASRA, DAMMATAN, KASRATAN]);
const IMPERFECT_PREFIX = /^[أتني]/u;

/**
 * Whether a verb stem is perfect or imperfect, judged against the glossary's past and present
 * stems: a perfect starts with the past stem (نقلت ← نقل); an imperfect is the present stem with
 * any person prefix (نشير ← يشير). 'unknown' when neither matches.
 */
export function verbAspect(stem: string, entry: CaseInfo): 'perfect' | 'imperfect' | 'unknown' {
	const bare = stripMarks(stem);
	const past = entry.past ? stripMarks(entry.past) : undefined;
	const present = entry.present ? stripMarks(entry.present) : undefined;
	if (past && bare.startsWith(past)) return 'perfect';
	if (present && IMPERFECT_PREFIX.test(bare) && bare.slice(1).startsWith(present.slice(1)))
		return 'imperfect';
	return 'unknown';
}

/** True when this occurrence of a word can carry a case or mood ending (rule 1). */
export function takesCaseEnding(token: WordToken, entry: CaseInfo): boolean {
	if (DECLINABLE.has(entry.pos)) return true;
	if (entry.pos !== 'verb') return false;
	const stem = segmentsOf(token).find((s) => s.role === 'stem')!;
	return verbAspect(stem.text, entry) === 'imperfect';
}

/** Removes the ending marks from the last letter of a vowelled stem (rules 2-4). */
export function dropFinalVowel(vowelledStem: string): string {
	const parts = clusters(vowelledStem);
	const last = parts.pop();
	if (last === undefined) return vowelledStem;
	const kept = [...last].filter((ch, i) => i === 0 || !ENDING_MARKS.has(ch)).join('');
	return parts.join('') + kept;
}

/**
 * The word's vowelled form without its case or mood ending; unchanged where it has none, and
 * unchanged when an enclitic follows the stem (rule 2).
 */
export function stripCaseEnding(token: WordToken, entry: CaseInfo): string {
	if (!takesCaseEnding(token, entry)) return token.vocalized;
	const segments = segmentsOf(token);
	if (segments.some((s) => s.role === 'enclitic')) return token.vocalized;
	return segments
		.map((s) => (s.role === 'stem' ? dropFinalVowel(s.vocalized) : s.vocalized))
		.join('');
}
