/**
 * Generated vocabulary exercises: questions of the ordinary kinds (single choice, multiple response,
 * matching, cloze, short answer) built from a lesson's glossary and article, so the usual players
 * and graders take them as they are. The same lesson, seed and options always give the same
 * questions; the seed is the only source of chance.
 *
 * The five families:
 * - meaning: an Arabic word → its English gloss (single choice, four glosses), and four words ↔ four
 *   glosses plus a spare (matching). Tier 1.
 * - root: a word → its root, among four roots of the article (two of the wrong ones chosen for
 *   sharing letters with the word). Tier 2.
 * - cloze: a noun, verbal noun or verb blanked in its own article sentence, with a bank of three
 *   other article words of the same part of speech, preferring the same clitics. Tier 2.
 * - family: "which of these share the root of X?" (multiple response), and each word ↔ the word
 *   that shares its root (matching). Tier 2.
 * - production: an English gloss → type the Arabic word (short answer, Arabic, lenient profile;
 *   the bare lemma and the article's spellings, with and without clitics, are accepted). Tier 2.
 *
 * Fairness rules (no exercise may have two right answers):
 * - Only content words take part: nouns, verbal nouns, adjectives, participles, verbs. Names are
 *   left out (their gloss is the name, their root is null), so are the one number and every function
 *   word (preposition, particle, conjunction, pronoun, relative, demonstrative, adverb): their
 *   glosses are grammatical and overlap, and in a cloze several of them could fill one slot.
 * - Wrong options share the answer's part of speech (word families: one of the kin's parts of
 *   speech; roots: other roots of the article).
 * - Two glosses on one screen never conflict: no shared sense, no shared head word, no shared
 *   content word of the article sense (`glossesConflict`). A word is asked in production only when
 *   no other glossary entry's gloss conflicts with its own.
 * - Options are distinct: no two words with the same bare spelling (`bareKey`: marks, alef forms,
 *   hamza seats, ى/ي, ة/ه folded), no two equal roots, no two equal glosses.
 * - A cloze bank word never fits the gap as well as the answer (`fitsGapAsWell`, fit.ts): it has
 *   another lemma, another bare spelling, another root and a non-conflicting gloss than the answer
 *   (and than each other), and is not a dual with the answer's clitics when the answer is a dual
 *   (two such duals can name one pair: الجانبين and البلدين are both Russia and Iran). It comes
 *   from another sentence, and is never found in the article next to the gap's neighbour (a
 *   collocation the text itself uses would fit the gap).
 *   Adjectives, participles and rootless words (nisbas of names: روسي، إيراني) are not blanked: too
 *   many of them fit one slot. Words of a name (an entity) are never blanked.
 *   Meaning beyond these checks is not judged: a bank word may still make sense in the gap, and the
 *   article (the question's evidence) is what settles it.
 * - Root and family exercises use only words whose root the glossary gives without doubt (no
 *   `uncertain` note about the root), as answers and as wrong options alike.
 * - Glosses are shown without the bracketed asides that quote Arabic (they would give the answer
 *   away) or list plurals; an entry whose gloss still holds Arabic is not used where its gloss is
 *   shown.
 * - Matching uses each word (meaning) or root (family) in one question at most, so a long run of
 *   questions does not repeat itself, and ends when the lesson runs out.
 */
import type { Question } from '../../content/question-schema';
import type { Lesson } from '../../content/schema';
import { clozeExercises } from './cloze';
import { familyChoices, familyMatchings } from './families';
import { meaningChoices, meaningMatchings } from './meaning';
import { productionExercises } from './production';
import { createRandom, deriveSeed, type Random } from './random';
import { rootChoices } from './roots';
import { vocabularyOf, type Vocabulary } from './vocabulary';

export { clozeExercises } from './cloze';
export { familyChoices, familyMatchings } from './families';
export { meaningChoices, meaningMatchings } from './meaning';
export { productionExercises } from './production';
export { createRandom, pick, sample, shuffle, type Random } from './random';
export { rootChoices } from './roots';
export { vocabularyOf, type Vocabulary } from './vocabulary';

export const EXERCISE_FAMILIES = ['meaning', 'root', 'cloze', 'family', 'production'] as const;
export type ExerciseFamily = (typeof EXERCISE_FAMILIES)[number];

/**
 * Up to `count` questions of one variant, made as they are read: a mix of ten needs two or so of
 * each, and making all `count` of every variant took most of the drill's start (issue 12).
 */
type MakeQuestions = (vocabulary: Vocabulary, random: Random, count: number) => Iterable<Question>;

/** Each family's generators; a family with two takes turns between them. */
const GENERATORS: Record<ExerciseFamily, Record<string, MakeQuestions>> = {
	meaning: { choice: meaningChoices, matching: meaningMatchings },
	root: { choice: rootChoices },
	cloze: { bank: clozeExercises },
	family: { choice: familyChoices, matching: familyMatchings },
	production: { typed: productionExercises }
};

export interface ExerciseOptions {
	seed: number;
	/** How many questions at most (fewer when the lesson runs out of fair ones). Default 20. */
	count?: number;
	/** Which families to mix. Default: all five. */
	kinds?: readonly ExerciseFamily[];
}

/** Takes one from each source in turn, leaving out those used up, for as long as it is read. */
function* interleave<T>(sources: readonly Iterable<T>[]): Generator<T> {
	let live = sources.map((source) => source[Symbol.iterator]());
	while (live.length > 0) {
		const next: Iterator<T>[] = [];
		for (const iterator of live) {
			const step = iterator.next();
			if (step.done) continue;
			yield step.value;
			next.push(iterator);
		}
		live = next;
	}
}

/**
 * A mix of the chosen families, taking turns, reproducible from `seed`. Each generator draws from
 * its own stream (derived from the seed and its name), so leaving a family out does not change the
 * questions of the others, and a generator makes only the questions the mix takes from it.
 */
export function generateExercises(lesson: Lesson, options: ExerciseOptions): Question[] {
	const { seed, count = 20, kinds = EXERCISE_FAMILIES } = options;
	const vocabulary = vocabularyOf(lesson);
	const families = EXERCISE_FAMILIES.filter((f) => kinds.includes(f)).map((family) =>
		interleave(
			Object.entries(GENERATORS[family]).map(([variant, generate]) =>
				generate(vocabulary, createRandom(deriveSeed(seed, `${family}/${variant}`)), count)
			)
		)
	);
	const out: Question[] = [];
	if (count <= 0) return out;
	for (const question of interleave(families)) {
		out.push(question);
		if (out.length === count) break;
	}
	return out;
}
