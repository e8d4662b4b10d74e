/**
 * The app shell: the scripts every learner page starts with, whatever its content (SvelteKit's
 * client, Svelte's runtime, the root layout with its header and footer, the boot script). Read off
 * the prerendered HTML, which names each script a page starts with: classic scripts, module
 * preloads (held until first paint as `data-after-paint="modulepreload"`, see paint-first.ts) and
 * SvelteKit's inline `import("...")` of its entry points.
 */

/** Every script a page's HTML names, as absolute URLs resolved against the page's own URL. */
export function startScripts(html: string, pageUrl: string): string[] {
	const found = new Set<string>();
	const patterns = [
		/<script\b[^>]*\bsrc="([^"]+)"/gu,
		/<link\b(?=[^>]*\b(?:rel|data-after-paint)="modulepreload")[^>]*\bhref="([^"]+)"/gu,
		/\bimport\(\s*"([^"]+)"\s*\)/gu
	];
	for (const pattern of patterns)
		for (const match of html.matchAll(pattern)) found.add(new URL(match[1]!, pageUrl).href);
	return [...found];
}

/** The entries in every one of the lists, in the first list's order (none for no lists). */
export function commonToAll(lists: readonly (readonly string[])[]): string[] {
	const [first, ...rest] = lists;
	if (first === undefined) return [];
	return first.filter((entry) => rest.every((list) => list.includes(entry)));
}
