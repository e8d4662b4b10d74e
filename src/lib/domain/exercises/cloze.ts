/**
 * Cloze from the article's own sentences: one word blanked, chosen from a bank with three other
 * words of the article of the same part of speech (and, where possible, the same clitics, so the form
 * gives nothing away). Only nouns, verbal nouns and verbs with a root are blanked: adjectives and
 * participles, and the rootless nisbas of names (روسي، إيراني), fit too many slots.
 *
 * A bank word never fits the gap as well as the answer (`fitsGapAsWell`: the same lemma, bare
 * spelling or root, a conflicting gloss, or a dual of the same shape that can name the same pair),
 * and never stands in the article beside the word the gap stands beside (تعزيز التعاون, تطوير
 * التعاون): a collocation the article itself uses would fit the gap as well as the answer.
 */
import type { QuestionOf } from '../../content/question-schema';
import type { GlossaryEntry, PartOfSpeech } from '../../content/schema';
import { cliticShape, fitsGapAsWell } from './fit';
import { common, pickCompatible } from './options';
import { shuffle, type Random } from './random';
import { describeEntry, posNameAr } from './text';
import { isGlossable, type Occurrence, type Vocabulary } from './vocabulary';

const DISTRACTORS = 3;
const BLANKED_POS: ReadonlySet<PartOfSpeech> = new Set(['noun', 'verbal-noun', 'verb']);

interface Candidate {
	occurrence: Occurrence;
	entry: GlossaryEntry;
	/** The token's clitics (a distractor with the same ones reads just as well), worked out once. */
	form: string;
}

/** Two words that could fill each other's gap (the check is symmetric). */
function rivals(a: Candidate, b: Candidate): boolean {
	return fitsGapAsWell(
		{ token: a.occurrence.token, entry: a.entry },
		{ token: b.occurrence.token, entry: b.entry }
	);
}

/** Every "lemma>lemma" pair of neighbouring words in the article. */
function collocationsOf(vocabulary: Vocabulary): Set<string> {
	const pairs = new Set<string>();
	vocabulary.words.forEach((word, i) => {
		const next = vocabulary.words[i + 1];
		if (next && next.sentence === word.sentence && next.tokenIndex === word.tokenIndex + 1)
			pairs.add(`${word.token.lemma}>${next.token.lemma}`);
	});
	return pairs;
}

/** The lemmas of the words right before and after a gap, where they are words. */
/** The Arabic hint: the missing word's meaning, or its part of speech when it has no Arabic definition. */
function clozeHintAr(entry: GlossaryEntry): string {
	return entry.definitionAr
		? `معنى الكلمة الناقصة: ${entry.definitionAr}`
		: `الكلمة الناقصة ${posNameAr(entry.pos)}.`;
}

function neighbours({ sentence, tokenIndex }: Occurrence) {
	const lemmaAt = (i: number) => {
		const token = sentence.tokens[i];
		return token?.kind === 'word' ? token.lemma : undefined;
	};
	return { before: lemmaAt(tokenIndex - 1), after: lemmaAt(tokenIndex + 1) };
}

/** Bank cloze questions, one per lemma, from shuffled sentences of the article. */
export function* clozeExercises(
	vocabulary: Vocabulary,
	random: Random,
	count: number
): Generator<QuestionOf<'cloze'>> {
	const collocations = collocationsOf(vocabulary);
	const candidates: Candidate[] = vocabulary.words.flatMap((occurrence) => {
		const entry = vocabulary.entries.get(occurrence.token.lemma);
		const fits =
			entry &&
			BLANKED_POS.has(entry.pos) &&
			entry.root !== null &&
			isGlossable(entry) &&
			// Words of a name (الشرق الأوسط) are not blanked: a name is learned whole.
			!occurrence.token.entity;
		const { token } = occurrence;
		return fits ? [{ occurrence, entry, form: cliticShape(token) }] : [];
	});
	const blanked = new Set<string>();
	let made = 0;
	for (const answer of shuffle(candidates, random)) {
		if (made >= count) break;
		if (blanked.has(answer.entry.id)) continue;
		const { sentence, tokenIndex, token } = answer.occurrence;
		const { before, after } = neighbours(answer.occurrence);
		const peers = candidates.filter(
			(c) =>
				c.entry.pos === answer.entry.pos &&
				c.occurrence.sentence.id !== sentence.id &&
				!collocations.has(`${before}>${c.entry.id}`) &&
				!collocations.has(`${c.entry.id}>${after}`)
		);
		// Same clitics first, then the rest: both halves shuffled.
		const ordered = [
			...shuffle(
				peers.filter((c) => c.form === answer.form),
				random
			),
			...shuffle(
				peers.filter((c) => c.form !== answer.form),
				random
			)
		];
		const bank = pickCompatible(ordered, DISTRACTORS, (c, kept) =>
			[answer, ...kept].every((k) => !rivals(k, c))
		);
		if (bank.length < DISTRACTORS) continue;
		blanked.add(answer.entry.id);
		yield {
			...common({
				id: `ex-cloze-${sentence.id}-${tokenIndex}`,
				prompt: {
					ar: 'أكمل الجملة بالكلمة المناسبة.',
					en: 'Complete the sentence with the right word.'
				},
				explanation: {
					en: `The missing word is ${token.text}: ${describeEntry(answer.entry).en}.`,
					ar: `الكلمة الناقصة «${token.text}»: ${describeEntry(answer.entry).ar}.`
				},
				evidence: [sentence.id],
				tier: 2,
				// The English hint gives the sentence's meaning; the Arabic one the missing word's,
				// the same help without leaving Arabic.
				hints: [{ en: `In English: ${sentence.translation}`, ar: clozeHintAr(answer.entry) }]
			}),
			kind: 'cloze',
			sentence: sentence.id,
			gaps: [{ token: tokenIndex, alsoAccept: [] }],
			mode: 'bank',
			distractors: bank.map((c) => c.occurrence.token.text),
			profile: 'standard'
		};
		made++;
	}
}
