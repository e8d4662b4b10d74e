/**
 * Root identification: a word, and four roots to choose from. The wrong roots are other roots of the
 * article, preferably ones that share letters with the word, so the choice takes some reading.
 */
import type { QuestionOf } from '../../content/question-schema';
import { common, lettered } from './options';
import { shuffle, type Random } from './random';
import { bareKey, describeEntry, joinBilingual, spacedRoot } from './text';
import { evidenceOf, hasSureRoot, type Vocabulary } from './vocabulary';

const DISTRACTORS = 3;
/** How many of the wrong roots are picked for looking like the word. */
const LOOKALIKES = 2;

function sharedLetters(rootKey: string, letters: ReadonlySet<string>): number {
	return [...new Set(rootKey)].filter((ch) => letters.has(ch)).length;
}

/** Single choice: which root is this word built on? */
export function* rootChoices(
	vocabulary: Vocabulary,
	random: Random,
	count: number
): Generator<QuestionOf<'single-choice'>> {
	const pool = vocabulary.used.filter(hasSureRoot);
	// Every root the article's words stand on, whatever their part of speech.
	const roots = [...new Set(vocabulary.used.flatMap((e) => (e.root === null ? [] : [e.root])))]
		.sort()
		.map((root) => ({ root, key: bareKey(root) }));
	let made = 0;
	for (const target of shuffle(pool, random)) {
		if (made >= count) break;
		const targetKey = bareKey(target.root);
		const letters = new Set(bareKey(target.lemma));
		const others = shuffle(
			roots.filter((r) => r.key !== targetKey),
			random
		);
		const lookalikes = others
			.filter((r) => sharedLetters(r.key, letters) >= 2)
			.slice(0, LOOKALIKES);
		const wrong = [...lookalikes, ...others.filter((r) => !lookalikes.includes(r))]
			.slice(0, DISTRACTORS)
			.map((r) => r.root);
		if (wrong.length < DISTRACTORS) continue;
		const options = shuffle(
			[
				{
					text: spacedRoot(target.root),
					correct: true,
					feedback: {
						en: `Yes: ${target.lemma} is built on ${spacedRoot(target.root)}.`,
						ar: `نعم: «${target.lemma}» من الجذر ${spacedRoot(target.root)}.`
					}
				},
				...wrong.map((r) => ({
					text: spacedRoot(r),
					correct: false,
					feedback: {
						en: `${spacedRoot(r)} is the root of other words in the article.`,
						ar: `${spacedRoot(r)} جذر كلمات أخرى في المقال.`
					}
				}))
			],
			random
		);
		yield {
			...common({
				id: `ex-root-${target.id}-${made + 1}`,
				prompt: {
					ar: `ما جذر «${target.lemma}»؟`,
					en: `What is the root of «${target.lemma}»?`
				},
				explanation: target.pattern
					? joinBilingual(
							[
								describeEntry(target),
								{ en: `pattern ${target.pattern}`, ar: `وزن الكلمة ${target.pattern}` }
							],
							'; ',
							'. '
						)
					: describeEntry(target),
				evidence: evidenceOf(vocabulary, target.id),
				tier: 2,
				hints: target.pattern
					? [{ en: `The pattern is ${target.pattern}.`, ar: `وزن الكلمة ${target.pattern}.` }]
					: []
			}),
			kind: 'single-choice',
			options: lettered(options)
		};
		made++;
	}
}
