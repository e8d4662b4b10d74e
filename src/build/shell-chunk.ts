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

/**
 * The in-memory store (fake-indexeddb, 15 KB gzip), for a browser that refuses IndexedDB: its own
 * chunk, under a name the service worker knows, so the install leaves it out (service-worker.ts).
 * Such browsers (private windows) mostly run no service worker at all.
 */
export const MEMORY_STORE = 'memory-store';
const MEMORY_STORE_MODULE = /[\\/]node_modules[\\/]fake-indexeddb[\\/]/;

export function shellChunk(): Plugin {
	return {
		name: 'fahm-shell-chunk',
		apply: 'build',
		// The browser build only: not the server build, not the service worker (built apart).
		outputOptions(options) {
			if (!/[\\/]output[\\/]client$/u.test(options.dir ?? '')) return;
			const named = options.chunkFileNames;
			return {
				...options,
				// SvelteKit names chunks by their hash alone: this one gets its name before the hash.
				chunkFileNames: (chunk) => {
					const pattern = typeof named === 'function' ? named(chunk) : (named ?? '[hash].js');
					return chunk.name === MEMORY_STORE
						? pattern.replace('[hash]', `${MEMORY_STORE}.[hash]`)
						: pattern;
				},
				codeSplitting: {
					groups: [
						{ name: 'shell', test: (id) => SHELL.some((r) => r.test(id)) },
						{ name: MEMORY_STORE, test: MEMORY_STORE_MODULE }
					]
				}
			};
		}
	};
}
