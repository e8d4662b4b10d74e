import {
	baseLocale,
	experimentalStaticLocale,
	getLocale,
	type Locale
} from '$lib/paraglide/runtime';

type Text = string | ((inputs: Record<string, unknown>) => string);

/**
 * A message as one call holding its text in each language (or a function of the inputs it puts
 * in), in place of the functions Paraglide writes for it (src/build/compact-messages.ts swaps it
 * in at build time). It answers as Paraglide's would: in the static locale, else the one asked
 * for, else the page's.
 */
export function message(texts: Record<Locale, Text>) {
	return (inputs: Record<string, unknown> = {}, options: { locale?: Locale } = {}): string => {
		const text =
			texts[experimentalStaticLocale ?? options.locale ?? getLocale()] ?? texts[baseLocale];
		return typeof text === 'string' ? text : text(inputs);
	};
}
