/**
 * English-to-Arabic production: an English gloss, and the learner types the Arabic word. Only words
 * whose gloss no other glossary entry could claim are asked, since a typed answer has no options to
 * rule a synonym out.
 */
import type { Bilingual, QuestionOf } from '../../content/question-schema';
import type { GlossaryEntry, PartOfSpeech } from '../../content/schema';
import { segmentsOf } from '../arabic/segments';
import { stripMarks } from '../arabic/letters';
import { common } from './options';
import { shuffle, type Random } from './random';
import { bareKey, describeEntry, displayGloss, glossKeys, posName, spacedRoot } from './text';
import { evidenceOf, isGlossable, type Vocabulary } from './vocabulary';

const POS_AR: Partial<Record<PartOfSpeech, string>> = {
	noun: 'اسم',
	'verbal-noun': 'مصدر',
	adjective: 'صفة',
	participle: 'اسم فاعل أو مفعول',
	verb: 'فعل'
};

/** The answers that earn credit: the bare lemma, then the article's spellings with and without clitics. */
function acceptedAnswers(vocabulary: Vocabulary, entry: GlossaryEntry) {
	const lemma = stripMarks(entry.lemma);
	const seen = new Set([bareKey(lemma)]);
	const accepted: { text: string; credit: number; feedback?: Bilingual }[] = [
		{ text: lemma, credit: 1 }
	];
	for (const { token } of vocabulary.occurrences.get(entry.id) ?? []) {
		const stem = segmentsOf(token).find((s) => s.role === 'stem')?.text ?? token.text;
		for (const form of [stem, token.text]) {
			if (seen.has(bareKey(form))) continue;
			seen.add(bareKey(form));
			accepted.push({
				text: form,
				credit: 1,
				feedback: {
					en: `That is how the article writes it; the dictionary form is ${entry.lemma}.`,
					ar: `هكذا يكتبها المقال، وصيغتها في المعجم «${entry.lemma}».`
				}
			});
		}
	}
	return accepted;
}

/**
 * The used content words no other glossary entry shares a gloss key with (the `glossesConflict`
 * test, done by counting each key's owners rather than comparing every pair).
 */
function unambiguous(vocabulary: Vocabulary): GlossaryEntry[] {
	const owners = new Map<string, number>();
	for (const entry of vocabulary.entries.values())
		for (const key of glossKeys(entry)) owners.set(key, (owners.get(key) ?? 0) + 1);
	return vocabulary.used.filter(
		(e) => isGlossable(e) && [...glossKeys(e)].every((key) => owners.get(key) === 1)
	);
}

/** Short answer in Arabic: type the word for this English gloss. */
export function* productionExercises(
	vocabulary: Vocabulary,
	random: Random,
	count: number
): Generator<QuestionOf<'short-answer'>> {
	const pool = unambiguous(vocabulary);
	let made = 0;
	for (const target of shuffle(pool, random).slice(0, count)) {
		const gloss = displayGloss(target) ?? target.glosses.join('; ');
		const hints: Bilingual[] = [
			...(target.root
				? [
						{
							en: `The root is ${spacedRoot(target.root)}.`,
							ar: `جذر الكلمة ${spacedRoot(target.root)}.`
						}
					]
				: []),
			...(target.pattern
				? [{ en: `The pattern is ${target.pattern}.`, ar: `وزن الكلمة ${target.pattern}.` }]
				: [])
		];
		yield {
			...common({
				id: `ex-production-${target.id}-${made + 1}`,
				prompt: {
					ar: `اكتب بالعربية (${POS_AR[target.pos] ?? 'كلمة'}): “${gloss}”`,
					en: `Type the Arabic ${posName(target.pos)} for “${gloss}”.`
				},
				explanation: describeEntry(target),
				evidence: evidenceOf(vocabulary, target.id),
				tier: 2,
				hints
			}),
			kind: 'short-answer',
			answerLanguage: 'ar',
			profile: 'lenient',
			accepted: acceptedAnswers(vocabulary, target)
		};
		made++;
	}
}
