import type { Plugin } from 'vite';

/**
 * Modules every page loads: SvelteKit's client, the root component, the root layout and error
 * page, the hooks. Captured with everything they import statically (Svelte's runtime, the header,
 * Paraglide's runtime) into one chunk, instead of the thirty-odd small chunks the bundler makes of
 * them by default, each with its own imports, exports and compression start (issue 12: 4 KB gzip
 * off every page, and nothing any page did not load already). Not the generated `app.js`: it
 * imports every page, and a chunk that does makes SvelteKit credit a page's stylesheets to another
 * page, so they would arrive with the scripts instead of in the HTML (shell.e2e.ts checks).
 */
const SHELL = [
	/[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/,
	/[\\/]generated[\\/]root\.svelte$/,
	/[\\/]src[\\/]routes[\\/]\+(layout|error)\.(svelte|ts)$/,
	/[\\/]src[\\/]hooks(\.client)?\.ts$/,
	// Vite's helper for dynamic imports, which every page loads too. (Rolldown keeps its own
	// runtime in a chunk of its own whatever a group asks.)
	/^\0vite[\\/]preload-helper\.js$/
];

export function shellChunk(): Plugin {
	return {
		name: 'fahm-shell-chunk',
		apply: 'build',
		// The browser build only: not the server build, not the service worker (built apart).
		outputOptions(options) {
			if (!/[\\/]output[\\/]client$/u.test(options.dir ?? '')) return;
			return {
				...options,
				codeSplitting: { groups: [{ name: 'shell', test: (id) => SHELL.some((r) => r.test(id)) }] }
			};
		}
	};
}
