/**
 * What a review card shows, worked out from its lesson: the glossary entry, and the sentence of
 * the article it is met in with the place of the word (the check of a typed answer is in
 * typed-check.ts, fetched when the answer is shown).
 */
import type { GlossaryEntry, Lesson, Sentence, WordToken } from '../../content/schema';

export interface CardFace {
	entry: GlossaryEntry;
	sentence: Sentence;
	/** The index in `sentence.tokens` of the word the card is about. */
	tokenIndex: number;
	token: WordToken;
	/** The lesson's glossary by id, for the vowel forms of the sentence's other words. */
	glossary: ReadonlyMap<string, GlossaryEntry>;
}

/**
 * The face of the card for `entryId`: in sentence `sentenceId` when given and the word is there
 * (the sentence it was saved from), else in the first sentence that uses it. Undefined when the
 * lesson no longer has the entry or never uses it.
 */
export function cardFace(
	lesson: Lesson,
	entryId: string,
	sentenceId?: string
): CardFace | undefined {
	const entry = lesson.glossary.find((e) => e.id === entryId);
	if (!entry) return undefined;
	const sentences = lesson.article.blocks.flatMap((b) => b.sentences);
	const ordered = [
		...sentences.filter((s) => s.id === sentenceId),
		...sentences.filter((s) => s.id !== sentenceId)
	];
	for (const sentence of ordered) {
		const tokenIndex = sentence.tokens.findIndex((t) => t.kind === 'word' && t.lemma === entryId);
		if (tokenIndex >= 0)
			return {
				entry,
				sentence,
				tokenIndex,
				token: sentence.tokens[tokenIndex] as WordToken,
				glossary: new Map(lesson.glossary.map((e) => [e.id, e]))
			};
	}
	return undefined;
}
