import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// The release a learner runs: the package version and the build time, or FAHM_VERSION when set.
// It names the offline cache and the lesson files, so every build is a new release. Kept in the
// environment: the prerendering process loads this file again, and must find the same release.
process.env.FAHM_VERSION ||= `${pkg.version}-${Date.now().toString(36)}`;
const RELEASE = process.env.FAHM_VERSION;

const SVELTEKIT_ANNOUNCER_STYLE = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		version: { name: RELEASE },
		// Every route is prerendered; strict fails the build on any page that is not. FAHM_BUILD_DIR
		// and FAHM_KIT_DIR let the update test build a second release beside the first.
		adapter: adapter({
			strict: true,
			pages: process.env.FAHM_BUILD_DIR ?? 'build',
			assets: process.env.FAHM_BUILD_DIR ?? 'build'
		}),
		outDir: process.env.FAHM_KIT_DIR ?? '.svelte-kit',
		// The app registers its offline worker itself, once the page has hydrated and the browser
		// is idle, not at the load event (src/lib/register-worker.ts).
		serviceWorker: { register: false },
		// Addresses from the root, not relative to the page: the app shell (routes/shell) is served
		// for every page's address, at any depth.
		paths: { relative: false },
		prerender: {
			// '/ar' seeds the crawl of the Arabic UI; every page links its other-language twin.
			entries: ['*', '/ar']
		},
		typescript: {
			// Type-check the command line, the benchmarks and the Playwright config with the app.
			config: (config) => {
				config.include.push(
					'../bin/**/*.ts',
					'../bench/**/*.ts',
					'../scripts/**/*.ts',
					'../playwright.config.ts'
				);
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// SvelteKit's route announcer carries one fixed style attribute: allow exactly that one.
				'style-src': ['self', 'unsafe-hashes', SVELTEKIT_ANNOUNCER_STYLE],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
