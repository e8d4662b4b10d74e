/**
 * What the reader shows of a word in each vowel mode. Every form comes from the token itself:
 * the printed text, or its one vowelled form with or without the case ending.
 */
import type { GlossaryEntry, WordToken } from '../../content/schema';
import { stripCaseEnding } from '../arabic/case-endings';

export const VOWEL_MODES = ['none', 'no-case', 'full'] as const;
export type VowelMode = (typeof VOWEL_MODES)[number];

export function isVowelMode(value: unknown): value is VowelMode {
	return (VOWEL_MODES as readonly unknown[]).includes(value);
}

/**
 * The form of `token` in `mode`: as printed ('none'), without case endings ('no-case'), or fully
 * vowelled ('full'). A word revealed on its own shows in full whatever the mode.
 */
export function displayForm(
	token: WordToken,
	entry: GlossaryEntry | undefined,
	mode: VowelMode,
	revealed = false
): string {
	if (revealed || mode === 'full') return token.vocalized;
	if (mode === 'none') return token.text;
	// A word missing from the glossary cannot be judged: show it in full rather than guess.
	return entry ? stripCaseEnding(token, entry) : token.vocalized;
}
