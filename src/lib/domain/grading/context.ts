/** What graders may need besides the question and the response: the lesson. */
import type { Lesson, Sentence } from '../../content/schema';

export interface GradeContext {
	/** The lesson the question is about: cloze reads its gap words here, evidence its sentence ids. */
	lesson: Lesson;
}

const sentenceIndexes = new WeakMap<Lesson, Map<string, Sentence>>();

/** The lesson's sentences by id, built once per lesson. */
export function sentencesOf(lesson: Lesson): Map<string, Sentence> {
	let index = sentenceIndexes.get(lesson);
	if (!index) {
		index = new Map(lesson.article.blocks.flatMap((b) => b.sentences.map((s) => [s.id, s])));
		sentenceIndexes.set(lesson, index);
	}
	return index;
}
