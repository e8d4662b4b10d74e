/**
 * The check of a review card's typed answer: the page fetches it (and the typed-answer grading it
 * stands on) when the learner shows the answer, not with the page (issue 12).
 */
import { matchTyped, toTarget } from '../grading/typed';
import type { CardFace } from './card-face';

export type TypedVerdict = 'correct' | 'close' | 'wrong';

/**
 * A typed answer for the gap against the word as printed there and its dictionary form, under
 * the standard profile (vowel marks and hamza seats forgiven): 'close' is one letter off.
 */
export function checkTyped(response: string, face: CardFace): TypedVerdict {
	const targets = [face.token.vocalized, face.token.text, face.entry.lemma].map((text) =>
		toTarget({ text }, 'standard')
	);
	const { credit } = matchTyped(response.trim(), targets, 'standard', 'ar');
	return credit >= 1 ? 'correct' : credit > 0 ? 'close' : 'wrong';
}
