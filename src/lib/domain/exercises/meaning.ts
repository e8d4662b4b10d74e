/**
 * Meaning match: an Arabic word and its English gloss, as a single choice (one word, four glosses)
 * or as matching (four words, five glosses). Every gloss on offer belongs to a word of the same part
 * of speech, and no two glosses on offer could be taken for one another.
 */
import type { Bilingual, QuestionOf } from '../../content/question-schema';
import type { GlossaryEntry } from '../../content/schema';
import { common, lettered, pickCompatible } from './options';
import { pick, shuffle, type Random } from './random';
import {
	bareKey,
	describeEntry,
	displayGloss,
	glossesConflict,
	joinBilingual,
	posName
} from './text';
import { sentenceText } from '../reader/sentences';
import { evidenceOf, isGlossable, type Vocabulary } from './vocabulary';

const DISTRACTORS = 3;
const PAIRS = 4;

/** Fits beside the kept entries: a different word, and a gloss none of them could share. */
function distinctMeaning(candidate: GlossaryEntry, kept: readonly GlossaryEntry[]): boolean {
	return kept.every(
		(k) =>
			k.id !== candidate.id &&
			bareKey(k.lemma) !== bareKey(candidate.lemma) &&
			!glossesConflict(k, candidate)
	);
}

function gloss(entry: GlossaryEntry): string {
	// Callers only pass glossable entries; the fallback keeps the type honest.
	return displayGloss(entry) ?? entry.glosses.join('; ');
}

function contextHint(vocabulary: Vocabulary, entry: GlossaryEntry): Bilingual[] {
	const first = vocabulary.occurrences.get(entry.id)?.[0];
	if (!first) return [];
	const sentence = sentenceText(first.sentence);
	return [
		{
			en: `In the article, as ${first.token.text}: ${sentence}`,
			ar: `في المقال، بصيغة «${first.token.text}»: ${sentence}`
		}
	];
}

/** Single choice: which gloss is the meaning of this word? */
export function* meaningChoices(
	vocabulary: Vocabulary,
	random: Random,
	count: number
): Generator<QuestionOf<'single-choice'>> {
	const pool = vocabulary.used.filter(isGlossable);
	let made = 0;
	for (const target of shuffle(pool, random)) {
		if (made >= count) break;
		const peers = shuffle(
			pool.filter((e) => e.pos === target.pos && e.id !== target.id),
			random
		);
		const distractors = pickCompatible(peers, DISTRACTORS, (c, kept) =>
			distinctMeaning(c, [target, ...kept])
		);
		if (distractors.length < DISTRACTORS) continue;
		const options = shuffle(
			[
				{
					text: gloss(target),
					correct: true,
					feedback: {
						en: `Yes: ${describeEntry(target).en}.`,
						ar: `نعم: ${describeEntry(target).ar}.`
					}
				},
				...distractors.map((d) => ({
					text: gloss(d),
					correct: false,
					feedback: { en: `That is the meaning of ${d.lemma}.`, ar: `هذا معنى «${d.lemma}».` }
				}))
			],
			random
		);
		yield {
			...common({
				id: `ex-meaning-${target.id}-${made + 1}`,
				prompt: { ar: `ما معنى «${target.lemma}»؟`, en: `What does «${target.lemma}» mean?` },
				explanation: describeEntry(target),
				evidence: evidenceOf(vocabulary, target.id),
				tier: 1,
				hints: contextHint(vocabulary, target)
			}),
			kind: 'single-choice',
			// The options are English glosses.
			answerLanguage: 'en',
			options: lettered(options)
		};
		made++;
	}
}

/**
 * Matching: four words of one part of speech to their glosses, with one gloss left over. Each word
 * is matched in one question at most, so the questions differ and run out.
 */
export function* meaningMatchings(
	vocabulary: Vocabulary,
	random: Random,
	count: number
): Generator<QuestionOf<'matching'>> {
	const pool = vocabulary.used.filter(isGlossable);
	const groups = [...new Set(pool.map((e) => e.pos))]
		.map((pos) => pool.filter((e) => e.pos === pos))
		.filter((g) => g.length > PAIRS);
	const matched = new Set<string>();
	let made = 0;
	for (let attempt = 0; made < count && attempt < count * 4; attempt++) {
		const group = pick(groups, random);
		if (!group) break;
		const fresh = group.filter((e) => !matched.has(e.id));
		const chosen = pickCompatible(shuffle(fresh, random), PAIRS, distinctMeaning);
		// The spare gloss may have been matched before: it is only there to be left over.
		chosen.push(...pickCompatible(shuffle(group, random), 1, (c) => distinctMeaning(c, chosen)));
		if (chosen.length < PAIRS + 1) continue;
		const words = chosen.slice(0, PAIRS);
		const spare = chosen[PAIRS];
		if (!spare) continue;
		for (const w of words) matched.add(w.id);
		const n = made + 1;
		yield {
			...common({
				id: `ex-meaning-match-${n}`,
				prompt: {
					ar: 'صِلْ كلَّ كلمة بمعناها.',
					en: `Match each ${posName(spare.pos)} with its meaning.`
				},
				explanation: joinBilingual(words.map(describeEntry), '; ', '. '),
				evidence: [...new Set(words.flatMap((w) => evidenceOf(vocabulary, w.id).slice(0, 1)))],
				tier: 1
			}),
			kind: 'matching',
			// Arabic words on the left, English glosses to match them with.
			answerLanguage: 'en',
			pairs: words.map((w, i) => ({ id: `p${i + 1}`, left: w.lemma, right: gloss(w) })),
			distractors: [gloss(spare)]
		};
		made++;
	}
}
