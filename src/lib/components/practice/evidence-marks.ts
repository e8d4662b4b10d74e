/**
 * Marking evidence sentences in the interactive reader, which the woven practice does not own:
 * each sentence is found through its first word's element id (the reader's public id scheme) and
 * its sentence wrapper gets a class, so the reader's own rendering is left untouched.
 */
import type { Lesson } from '$lib/content/schema';
import { findSentence } from '$lib/domain/reader/sentences';
import { tokenKey, wordElementId } from '$lib/domain/reader/words';

export const EVIDENCE_CLASS = 'woven-evidence';

/** The element id of the first word of sentence `id`, if the lesson has that sentence. */
function firstWordId(lesson: Lesson, id: string): string | undefined {
	const index = findSentence(lesson.article, id)?.tokens.findIndex((t) => t.kind === 'word') ?? -1;
	return index < 0 ? undefined : wordElementId(tokenKey(id, index));
}

/**
 * Marks the sentences (clearing earlier marks) and returns the first word of the first one, for
 * the caller to scroll to and focus.
 */
export function markEvidence(
	root: ParentNode,
	lesson: Lesson,
	ids: readonly string[]
): HTMLElement | undefined {
	for (const el of root.querySelectorAll(`.${EVIDENCE_CLASS}`)) el.classList.remove(EVIDENCE_CLASS);
	let first: HTMLElement | undefined;
	for (const id of ids) {
		const wordId = firstWordId(lesson, id);
		const word = wordId ? document.getElementById(wordId) : null;
		if (!word) continue;
		(word.closest('.sentence') ?? word.parentElement)?.classList.add(EVIDENCE_CLASS);
		first ??= word;
	}
	return first;
}
