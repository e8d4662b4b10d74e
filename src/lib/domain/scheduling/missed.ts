/**
 * The glossary entry a generated vocabulary exercise drills, read from its id, so an exercise the
 * learner missed can become a review card. Exercises that drill several entries at once (matching)
 * name none.
 */
import type { Lesson } from '../../content/schema';

const ONE_ENTRY = /^ex-(?:meaning|production|root|family)-(.+)-\d+$/;
const CLOZE = /^ex-cloze-(.+)-(\d+)$/;

/** The id of the glossary entry exercise `questionId` drills, or undefined. */
export function drilledEntry(questionId: string, lesson: Lesson): string | undefined {
	const one = ONE_ENTRY.exec(questionId);
	if (one) {
		const id = one[1]!;
		return lesson.glossary.some((e) => e.id === id) ? id : undefined;
	}
	const cloze = CLOZE.exec(questionId);
	if (!cloze) return undefined;
	for (const block of lesson.article.blocks)
		for (const sentence of block.sentences)
			if (sentence.id === cloze[1]) {
				const token = sentence.tokens[Number(cloze[2])];
				return token?.kind === 'word' ? token.lemma : undefined;
			}
	return undefined;
}
