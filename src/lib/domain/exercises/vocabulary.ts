/**
 * A lesson seen as exercise material: its glossary entries in order of first use, where each word
 * occurs, and which words can make a fair exercise of each family.
 */
import type {
	GlossaryEntry,
	Lesson,
	PartOfSpeech,
	Sentence,
	WordToken
} from '../../content/schema';
import { displayGloss } from './text';

export interface Occurrence {
	sentence: Sentence;
	tokenIndex: number;
	token: WordToken;
}

export interface Vocabulary {
	/** Every glossary entry, by id. */
	entries: ReadonlyMap<string, GlossaryEntry>;
	/** The entries the article uses, in order of first use. */
	used: readonly GlossaryEntry[];
	/** Each lemma's occurrences, in reading order. */
	occurrences: ReadonlyMap<string, readonly Occurrence[]>;
	/** Every word token of the article, in reading order. */
	words: readonly Occurrence[];
}

/**
 * The parts of speech exercises are made of. Names, numbers and function words are left out: a
 * name's gloss is the name itself, the one number has no peer to stand beside it, and function
 * words have overlapping grammatical glosses and slots where several of them could fit.
 */
export const CONTENT_POS: ReadonlySet<PartOfSpeech> = new Set([
	'noun',
	'verbal-noun',
	'adjective',
	'participle',
	'verb'
]);

/** Indexes a lesson for the generators. */
export function vocabularyOf(lesson: Lesson): Vocabulary {
	const entries = new Map(lesson.glossary.map((e) => [e.id, e]));
	const occurrences = new Map<string, Occurrence[]>();
	const words: Occurrence[] = [];
	for (const block of lesson.article.blocks)
		for (const sentence of block.sentences)
			sentence.tokens.forEach((token, tokenIndex) => {
				if (token.kind !== 'word') return;
				const occurrence = { sentence, tokenIndex, token };
				words.push(occurrence);
				const list = occurrences.get(token.lemma);
				if (list) list.push(occurrence);
				else occurrences.set(token.lemma, [occurrence]);
			});
	const used = [...occurrences.keys()]
		.map((id) => entries.get(id))
		.filter((e): e is GlossaryEntry => e !== undefined);
	return { entries, used, occurrences, words };
}

/** A content word with a gloss that can stand as an option on its own. */
export function isGlossable(entry: GlossaryEntry): boolean {
	return CONTENT_POS.has(entry.pos) && displayGloss(entry) !== null;
}

/**
 * A content word whose root the glossary gives without doubt: an entry whose `uncertain` note
 * discusses its root (أَحَد under وحد or أحد) could make a "wrong" option right.
 */
export function hasSureRoot(entry: GlossaryEntry): entry is GlossaryEntry & { root: string } {
	return (
		CONTENT_POS.has(entry.pos) && entry.root !== null && !/\broots?\b/iu.test(entry.uncertain ?? '')
	);
}

/** The ids of the sentences where a lemma occurs, in reading order, each once. */
export function evidenceOf(vocabulary: Vocabulary, lemmaId: string): string[] {
	const ids = (vocabulary.occurrences.get(lemmaId) ?? []).map((o) => o.sentence.id);
	return [...new Set(ids)];
}
