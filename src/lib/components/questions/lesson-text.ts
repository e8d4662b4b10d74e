/** Places in the article worded for the interface: "Headline", "Paragraph 3, sentence 2". */
import type { Lesson } from '$lib/content/schema';
import { placedSentences, sentencePlace, type Place } from '$lib/domain/reader/sentences';
import { m } from '$lib/paraglide/messages';

/** A block's or a sentence's place, in the UI language. */
export function placeLabel(place: Place): string {
	if (place.kind === 'headline') return m.quiz_sentence_headline();
	if (place.kind === 'dateline') return m.quiz_sentence_dateline();
	const { paragraph, sentence } = place;
	return sentence === undefined
		? m.quiz_sentence_paragraph({ paragraph })
		: m.quiz_sentence_in_paragraph({ paragraph, sentence });
}

/** Every sentence of the lesson's article in reading order, each with its place label. */
export function labelledSentences(lesson: Lesson) {
	return placedSentences(lesson.article).map(({ sentence, place }) => ({
		sentence,
		label: placeLabel(place)
	}));
}

/** The place label of sentence `id`, or a fallback naming the id when the lesson lacks it. */
export function sentenceLabel(lesson: Lesson, id: string): string {
	const place = sentencePlace(lesson.article, id);
	return place ? placeLabel(place) : m.quiz_sentence_unknown({ id });
}
