/**
 * Shared pieces of every generated question: option ids, the fields all kinds carry, and the
 * greedy pick that keeps only mutually compatible candidates.
 */
import type { Bilingual, Prompt } from '../../content/question-schema';

export interface OptionDraft {
	text: string;
	correct: boolean;
	feedback: Bilingual;
}

/** Gives options neutral ids (a, b, c...) so an id never hints at the answer. */
export function lettered(options: readonly OptionDraft[]) {
	return options.map((o, i) => ({ id: String.fromCharCode(97 + i), ...o }));
}

/**
 * Walks `candidates` in order and keeps each one that `fits` beside those kept so far, up to `n`.
 * Shuffle the candidates first for a random pick.
 */
export function pickCompatible<T>(
	candidates: readonly T[],
	n: number,
	fits: (candidate: T, kept: readonly T[]) => boolean
): T[] {
	const kept: T[] = [];
	for (const candidate of candidates) {
		if (kept.length >= n) break;
		if (fits(candidate, kept)) kept.push(candidate);
	}
	return kept;
}

/**
 * The fields every question has, with the schema's defaults filled in. Every generated exercise
 * asks for a word's sense in this article (the glossary gives that sense first), so its skill is
 * vocabulary in context.
 */
export function common(fields: {
	id: string;
	prompt: Prompt;
	explanation: Bilingual;
	evidence: string[];
	tier: 1 | 2;
	hints?: Bilingual[];
}) {
	return { hints: [], points: 1, skill: 'vocabulary-in-context' as const, ...fields };
}
