import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { clientLocaleRuntime } from './src/build/client-runtime';
import { compactMessages } from './src/build/compact-messages';
import { minifyBoot } from './src/build/minify-boot';
import { shellChunk } from './src/build/shell-chunk';

export default defineConfig({
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'cookie', 'baseLocale']
		}),
		shellChunk(),
		compactMessages(),
		clientLocaleRuntime(),
		minifyBoot()
	],
	build: {
		modulePreload: {
			// SvelteKit's entry (app.js) lists every route's scripts, for Vite to preload beside the
			// route when the learner navigates to it: a list every page downloads, 0.9 KB gzip (issue
			// 12). A page's first load does not need it (its HTML has the route's module preloads),
			// and on a later visit the scripts come from the offline cache. Stylesheets stay listed;
			// the pages' own lazy imports keep their preloads.
			resolveDependencies: (_file, deps, { hostId }) =>
				/[\\/]entry[\\/]app\.[^\\/]+\.js$/u.test(hostId) ? [] : deps
		}
	},
	test: {
		expect: { requireAssertions: true },
		// Component tests drive whole quiz runs with user-event; 5 s is too tight on a busy 2-core machine.
		testTimeout: 30_000,
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['src/vitest-setup.ts']
				}
			}
		]
	}
});
