/**
 * The helping vowel (الحركة العارضة لالتقاء الساكنين): a word that ends in sukun cannot run into
 * the hamzat al-wasl of the next word, whose alif is not pronounced, so the sukun becomes a short
 * vowel: عَنِ اسْتِعْدَادِ, قَدِ انْتَهَى. Kasra in general; fatha for مِنْ before the article
 * (مِنَ الْعَمَلِ); damma for the plural pronoun's mim (عَلَيْهِمُ الْ، هُمُ الْ، أَنْتُمُ الْ).
 * Sentences are checked word by word, in both directions: a sukun before a wasla is a slip, and
 * so is a particle's helping vowel where no wasla follows (مِنَ مُعَارَضَةِ).
 */
import { DAMMA, FATHA, KASRA, SUKUN, isMark, stripMarks } from '../domain/arabic/letters';
import { segmentsOf } from '../domain/arabic/segments';
import type { Token, WordToken } from './schema';

/**
 * Words whose own last letter carries sukun, so that a short vowel there can only be the helping
 * vowel (compared by the stem's bare letters). أنّ, إنّ and لكنّ are told apart by their shadda.
 */
const SUKUN_FINAL = new Set([
	'من',
	'عن',
	'قد',
	'لم',
	'لن',
	'بل',
	'هل',
	'كم',
	'إذ',
	'مذ',
	'إن',
	'أن',
	'لكن',
	'هم',
	'أنتم'
]);
/** Independent plural pronouns, whose mim takes damma. */
const PLURAL_PRONOUNS = new Set(['هم', 'أنتم']);
const SHORT_VOWELS = new Set([FATHA, DAMMA, KASRA]);
const NAMES: Record<string, string> = { [FATHA]: 'fatha', [DAMMA]: 'damma', [KASRA]: 'kasra' };

/** True when a vowelled word begins with hamzat al-wasl: ٱ, or an alif that carries no mark. */
export function startsWithWasla(vocalized: string): boolean {
	const [first, second] = [...vocalized];
	return first === '\u0671' || (first === 'ا' && second !== undefined && !isMark(second));
}

/** The stem's bare letters and its vowelled form, and the last enclitic's letters if any. */
function parts(word: WordToken): { stem: string; vowelled: string; enclitic?: string } {
	try {
		const segments = segmentsOf(word);
		const stem = segments.find((s) => s.role === 'stem')!;
		return {
			stem: stripMarks(stem.text),
			vowelled: stem.vocalized,
			enclitic: segments.at(-1)?.role === 'enclitic' ? stripMarks(segments.at(-1)!.text) : undefined
		};
	} catch {
		// Clitics that do not spell the word are reported by the word check; judge the whole word.
		return { stem: stripMarks(word.text), vowelled: word.vocalized };
	}
}

/**
 * The helping vowels `word` may take before `next` (which begins with hamzat al-wasl). Usually one;
 * a final ـتُمْ may be a past verb's plural ending (كَتَبْتُمُ الدَّرْسَ, damma) or a jussive (لَمْ
 * يَكْتُمِ السِّرَّ, kasra), which the letters alone cannot tell apart, so either is accepted there.
 */
export function helpingVowels(word: WordToken, next: WordToken): string[] {
	const { stem, vowelled, enclitic } = parts(word);
	// The preposition مِنْ, not the pronoun مَنْ "who" (مَنِ الْمَسْؤُولُ).
	const min = stem === 'من' && vowelled.startsWith('مِ') && !enclitic;
	if (min && stripMarks(next.vocalized).startsWith('ال')) return [FATHA];
	if (PLURAL_PRONOUNS.has(stem) && !enclitic) return [DAMMA];
	if (enclitic !== undefined && /^[هك]م$/u.test(enclitic)) return [DAMMA];
	if (/ت\u064Fم\u0652$/u.test(word.vocalized)) return [DAMMA, KASRA];
	return [KASRA];
}

/** The word with its final sukun or helping vowel replaced by `vowel`. */
const withFinal = (vocalized: string, vowel: string) => vocalized.slice(0, -1) + vowel;

/** A problem with one word of a sentence: its index among the sentence's tokens, and why. */
export interface HelpingVowelProblem {
	index: number;
	message: string;
}

/** Every helping-vowel slip in one sentence's tokens. */
export function helpingVowelProblems(tokens: readonly Token[]): HelpingVowelProblem[] {
	const problems: HelpingVowelProblem[] = [];
	tokens.forEach((word, index) => {
		const next = tokens[index + 1];
		// Only words read together: a punctuation mark between them is a pause, which needs no vowel.
		if (word.kind !== 'word' || next?.kind !== 'word' || word.ws.trim() !== '') return;
		const last = word.vocalized.at(-1)!;
		const beforeLast = [...word.vocalized].at(-2) ?? '';
		const particle = SUKUN_FINAL.has(parts(word).stem) && !isMark(beforeLast);
		if (startsWithWasla(next.vocalized)) {
			const allowed = helpingVowels(word, next);
			if (last === SUKUN)
				problems.push({
					index,
					message: `"${word.vocalized}" ends in sukun before the hamzat al-wasl of "${next.vocalized}": it takes a helping ${NAMES[allowed[0]!]} (${withFinal(word.vocalized, allowed[0]!)})`
				});
			else if (particle && SHORT_VOWELS.has(last) && !allowed.includes(last))
				problems.push({
					index,
					message: `"${word.vocalized}" before "${next.vocalized}" takes a helping ${NAMES[allowed[0]!]} (${withFinal(word.vocalized, allowed[0]!)}), not ${NAMES[last]}`
				});
		} else if (particle && SHORT_VOWELS.has(last))
			problems.push({
				index,
				message: `"${word.vocalized}" has a helping ${NAMES[last]}, but "${next.vocalized}" does not begin with hamzat al-wasl: write ${withFinal(word.vocalized, SUKUN)}`
			});
	});
	return problems;
}
