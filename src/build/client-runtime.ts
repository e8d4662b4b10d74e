import type { Plugin } from 'vite';

/**
 * What the browser needs of Paraglide's runtime, when the language is read off the address alone:
 * the url strategy first, with its default patterns (English at the root, every other language
 * under its own first segment), and no static locale. The generated runtime (some 1,100 lines:
 * every strategy, cookies, URL patterns, setLocale's reload, the server's request handling) costs
 * every page 1.1 KB gzip in the browser for an answer a string test gives (issue 12). The app's
 * browser code and the messages import only these names from it; a new import fails the build
 * ("not exported"), it never falls back silently. Returns undefined when the runtime is not in
 * that shape (another strategy first, custom patterns, a static locale, another compiler version):
 * it is then left as Paraglide wrote it.
 */
export function clientRuntime(runtime: string): string | undefined {
	const base = /^export const baseLocale = ("\w+");$/mu.exec(runtime)?.[1];
	const locales =
		/^export const locales = \/\*\* @type \{const\} \*\/ \((\["\w+"(?:,"\w+")*\])\);$/mu.exec(
			runtime
		)?.[1];
	const urlFirst = /^export const strategy = \[\n\s*"url",/mu.test(runtime);
	const defaultPatterns = /^const TREE_SHAKE_DEFAULT_URL_PATTERN_USED = true;$/mu.test(runtime);
	const noStaticLocale = /^export const experimentalStaticLocale = undefined;$/mu.test(runtime);
	const noRouteStrategies = /^export const routeStrategies = \[\];$/mu.test(runtime);
	if (!base || !locales || !urlFirst || !defaultPatterns || !noStaticLocale || !noRouteStrategies)
		return undefined;
	const prefixed = (JSON.parse(locales) as string[]).filter((l) => l !== JSON.parse(base));
	return [
		`export const baseLocale = ${base};`,
		`export const locales = ${locales};`,
		'export const experimentalStaticLocale = undefined;',
		// The same test as src/lib/locale-path.ts: `/ar`, `/ar/...`, `/ar?...`, never `/arabic`.
		`const prefix = /^\\/(${prefixed.join('|')})(?=[/?#]|$)/u;`,
		'export let getLocale = () => prefix.exec(location.pathname)?.[1] ?? baseLocale;',
		'export const overwriteGetLocale = (fn) => {',
		'\tgetLocale = fn;',
		'};'
	].join('\n');
}

/** The browser build's Paraglide runtime, replaced by `clientRuntime` when it can be. */
export function clientLocaleRuntime(): Plugin {
	return {
		name: 'fahm-client-locale-runtime',
		apply: 'build',
		transform(code, id, options) {
			// The server (prerendering) keeps the whole runtime: it reads requests, not an address.
			if (options?.ssr || !/[\\/]paraglide[\\/]runtime\.js$/u.test(id)) return;
			const client = clientRuntime(code);
			return client === undefined ? undefined : { code: client, map: null };
		}
	};
}
