/** The article's sentences as the question players show them: plain text and a place label. */
import type { Lesson, Sentence } from '$lib/content/schema';
import { m } from '$lib/paraglide/messages';

export interface PlacedSentence {
	sentence: Sentence;
	/** Where it stands, in the UI language: "Headline", "Paragraph 3, sentence 2". */
	label: string;
}

/** Every sentence of the lesson's article in reading order, each with its place label. */
export function placedSentences(lesson: Lesson): PlacedSentence[] {
	const out: PlacedSentence[] = [];
	let paragraph = 0;
	for (const block of lesson.article.blocks) {
		if (block.kind === 'paragraph') paragraph++;
		block.sentences.forEach((sentence, i) => {
			const label =
				block.kind === 'headline'
					? m.quiz_sentence_headline()
					: block.kind === 'dateline'
						? m.quiz_sentence_dateline()
						: block.sentences.length === 1
							? m.quiz_sentence_paragraph({ paragraph })
							: m.quiz_sentence_in_paragraph({ paragraph, sentence: i + 1 });
			out.push({ sentence, label });
		});
	}
	return out;
}

/** The place label of sentence `id`, or a fallback naming the id when the lesson lacks it. */
export function sentenceLabel(lesson: Lesson, id: string): string {
	return (
		placedSentences(lesson).find((p) => p.sentence.id === id)?.label ??
		m.quiz_sentence_unknown({ id })
	);
}

/** The sentence with id `id`, if the lesson has it. */
export function findSentence(lesson: Lesson, id: string): Sentence | undefined {
	for (const block of lesson.article.blocks) {
		const found = block.sentences.find((s) => s.id === id);
		if (found) return found;
	}
	return undefined;
}

/** The sentence as printed: each token's text and the space after it. */
export function sentenceText(sentence: Sentence): string {
	return sentence.tokens
		.map((t) => t.text + t.ws)
		.join('')
		.trim();
}
