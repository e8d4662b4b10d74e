/**
 * Word families: the words of the article that share a root. A multiple response ("which of these
 * share the root of X?") and a matching (each word to the word that shares its root). Only words
 * whose root is certain take part, on either side, so no wrong option can turn out to be kin.
 */
import type { QuestionOf } from '../../content/question-schema';
import type { GlossaryEntry } from '../../content/schema';
import { common, lettered, pickCompatible } from './options';
import { sample, shuffle, type Random } from './random';
import { bareKey, joinBilingual, spacedRoot } from './text';
import { evidenceOf, hasSureRoot, type Vocabulary } from './vocabulary';

type Rooted = GlossaryEntry & { root: string };

const MAX_KIN = 3;
const OPTIONS = 5;
const MATCH_ROOTS = 3;

/** The article's families: root -> its words, each spelled differently, in order of first use. */
function familiesOf(vocabulary: Vocabulary): Map<string, Rooted[]> {
	const families = new Map<string, Rooted[]>();
	for (const entry of vocabulary.used.filter(hasSureRoot)) {
		const family = families.get(entry.root) ?? [];
		if (family.every((e) => bareKey(e.lemma) !== bareKey(entry.lemma))) family.push(entry);
		families.set(entry.root, family);
	}
	return families;
}

function differentWord(candidate: Rooted, kept: readonly Rooted[]): boolean {
	return kept.every((k) => bareKey(k.lemma) !== bareKey(candidate.lemma));
}

function members(entries: readonly GlossaryEntry[]): string {
	return entries.map((e) => e.lemma).join('، ');
}

/** Multiple response: which of these words share the root of X? */
export function* familyChoices(
	vocabulary: Vocabulary,
	random: Random,
	count: number
): Generator<QuestionOf<'multiple-response'>> {
	const families = familiesOf(vocabulary);
	const rooted = [...families.values()].flat();
	const targets = rooted.filter((e) => (families.get(e.root)?.length ?? 0) > 1);
	let made = 0;
	for (const target of shuffle(targets, random)) {
		if (made >= count) break;
		const kin = sample(
			(families.get(target.root) ?? []).filter((e) => e.id !== target.id),
			MAX_KIN,
			random
		);
		const kinPos = new Set(kin.map((e) => e.pos));
		// Outsiders of the same parts of speech as the kin, so the form does not sort them.
		const outsiders = shuffle(
			rooted.filter((e) => e.root !== target.root && kinPos.has(e.pos)),
			random
		);
		const wrong = pickCompatible(outsiders, OPTIONS - kin.length, (c, kept) =>
			differentWord(c, [target, ...kin, ...kept])
		);
		if (kin.length + wrong.length < 4) continue;
		const options = shuffle(
			[
				...kin.map((e) => ({
					text: e.lemma,
					correct: true,
					feedback: {
						en: `Yes: ${e.lemma} is built on ${spacedRoot(e.root)} too.`,
						ar: `نعم: «${e.lemma}» من الجذر ${spacedRoot(e.root)} أيضاً.`
					}
				})),
				...wrong.map((e) => ({
					text: e.lemma,
					correct: false,
					feedback: {
						en: `${e.lemma} is built on ${spacedRoot(e.root)}.`,
						ar: `«${e.lemma}» من الجذر ${spacedRoot(e.root)}.`
					}
				}))
			],
			random
		);
		yield {
			...common({
				id: `ex-family-${target.id}-${made + 1}`,
				prompt: {
					ar: `أيُّ هذه الكلمات من جذر «${target.lemma}» نفسه؟`,
					en: `Which of these words share the root of «${target.lemma}»?`
				},
				explanation: {
					en: `${target.lemma} is built on the root ${spacedRoot(target.root)}, like ${members(kin)}.`,
					ar: `«${target.lemma}» من الجذر ${spacedRoot(target.root)}، مثل ${members(kin)}.`
				},
				evidence: [...new Set([target, ...kin].flatMap((e) => evidenceOf(vocabulary, e.id)))],
				tier: 2,
				hints: [
					{
						en: `Look for the letters ${spacedRoot(target.root)}.`,
						ar: `ابحث عن الحروف ${spacedRoot(target.root)}.`
					}
				]
			}),
			kind: 'multiple-response',
			options: lettered(options)
		};
		made++;
	}
}

/**
 * Matching: three words, each to the word of the article that shares its root; one spare word. Each
 * root is matched in one question at most, so the questions differ and run out.
 */
export function* familyMatchings(
	vocabulary: Vocabulary,
	random: Random,
	count: number
): Generator<QuestionOf<'matching'>> {
	const families = familiesOf(vocabulary);
	const rooted = [...families.values()].flat();
	const roots = [...families.keys()].filter((r) => (families.get(r)?.length ?? 0) > 1);
	const matched = new Set<string>();
	let made = 0;
	for (let attempt = 0; made < count && attempt < count * 4; attempt++) {
		const chosen = sample(
			roots.filter((r) => !matched.has(r)),
			MATCH_ROOTS,
			random
		);
		if (chosen.length < MATCH_ROOTS) break;
		const pairs = chosen.flatMap((root) => {
			const [left, right] = sample(families.get(root) ?? [], 2, random);
			return left && right ? [{ root, left, right }] : [];
		});
		const rightPos = new Set(pairs.map((p) => p.right.pos));
		const spare = pickCompatible(
			shuffle(
				rooted.filter((e) => !chosen.includes(e.root) && rightPos.has(e.pos)),
				random
			),
			1,
			(c) =>
				differentWord(
					c,
					pairs.flatMap((p) => [p.left, p.right])
				)
		);
		if (spare.length < 1) continue;
		for (const root of chosen) matched.add(root);
		const words = [...pairs.flatMap((p) => [p.left, p.right]), ...spare];
		yield {
			...common({
				id: `ex-family-match-${made + 1}`,
				prompt: {
					ar: 'صِلْ كلَّ كلمة بكلمة من جذرها.',
					en: 'Match each word with the word that shares its root.'
				},
				explanation: joinBilingual(
					pairs.map((p) => ({
						en: `${p.left.lemma} and ${p.right.lemma}: root ${spacedRoot(p.root)}`,
						ar: `«${p.left.lemma}» و«${p.right.lemma}»: الجذر ${spacedRoot(p.root)}`
					})),
					'; ',
					'؛ '
				),
				evidence: [...new Set(words.flatMap((w) => evidenceOf(vocabulary, w.id).slice(0, 1)))],
				tier: 2
			}),
			kind: 'matching',
			pairs: pairs.map((p, i) => ({ id: `p${i + 1}`, left: p.left.lemma, right: p.right.lemma })),
			distractors: spare.map((e) => e.lemma)
		};
		made++;
	}
}
