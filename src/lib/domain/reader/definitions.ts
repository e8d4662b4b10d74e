/**
 * Which language a word's definition (and its notes) are shown in. The reader chooses English,
 * Arabic or both; until they choose, the interface decides: an Arabic interface shows both (a reader
 * who reads Arabic best learns from Arabic, with the English beside it), an English one English.
 */
import type { Language } from '../arabic/script';

export const DEFINITION_CHOICES = ['en', 'ar', 'both'] as const;
export type DefinitionChoice = (typeof DEFINITION_CHOICES)[number];

export function isDefinitionChoice(value: unknown): value is DefinitionChoice {
	return (DEFINITION_CHOICES as readonly unknown[]).includes(value);
}

/** The reader's choice, or the interface's default while they have made none (`null`). */
export function effectiveDefinitionChoice(
	chosen: DefinitionChoice | null,
	interfaceLanguage: Language
): DefinitionChoice {
	return chosen ?? (interfaceLanguage === 'ar' ? 'both' : 'en');
}

/** The languages to show, in order: with both, the interface's language comes first. */
export function definitionLanguages(
	chosen: DefinitionChoice | null,
	interfaceLanguage: Language
): readonly Language[] {
	const choice = effectiveDefinitionChoice(chosen, interfaceLanguage);
	if (choice !== 'both') return [choice];
	return interfaceLanguage === 'ar' ? ['ar', 'en'] : ['en', 'ar'];
}

/** One version of a definition to show. */
export interface DefinitionPart {
	lang: Language;
	text: string;
}

/**
 * The versions of one text to show, in order. A version the content lacks is skipped; when that
 * would leave nothing (Arabic chosen, an imported lesson without Arabic), the other version is shown
 * rather than an empty definition, unless `fallback` is off (a text only one language has, like a
 * place's Arabic description beside its English name).
 */
export function definitionParts(
	texts: Partial<Record<Language, string | undefined>>,
	languages: readonly Language[],
	fallback = true
): DefinitionPart[] {
	const shown = languages.flatMap((lang) => {
		const text = texts[lang];
		return text ? [{ lang, text }] : [];
	});
	if (shown.length > 0 || !fallback) return shown;
	return (['en', 'ar'] as const).flatMap((lang) => {
		const text = texts[lang];
		return text ? [{ lang, text }] : [];
	});
}
