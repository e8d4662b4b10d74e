import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifySync, type Plugin } from 'vite';

/**
 * static/boot.js is written to be read, comments and all; every page runs it before its first
 * paint, so the build ships it minified (about 0.5 KB gzip off every page and the shell, issue
 * 12). SvelteKit copies static/ into its client output while the server build is written, and the
 * adapter copies that output into build/ when the server build closes: the copy is minified in
 * between. `npm run dev` serves the file as it is.
 */
export function minifyBoot(): Plugin {
	let serverOut: string | undefined;
	return {
		name: 'fahm-minify-boot',
		apply: 'build',
		configResolved(config) {
			if (config.build.ssr) serverOut = resolve(config.root, config.build.outDir);
		},
		closeBundle: {
			order: 'pre',
			sequential: true,
			handler() {
				const boot = serverOut && resolve(serverOut, '..', 'client', 'boot.js');
				// No copy when the client build failed: that build's error is the one to see.
				if (boot && existsSync(boot)) minifyScript(boot);
			}
		}
	};
}

/** Minifies the script at `file` in place; a script that does not parse stops the build. */
export function minifyScript(file: string): void {
	const { code, errors } = minifySync(file, readFileSync(file, 'utf8'), {
		compress: true,
		mangle: true
	});
	if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
	writeFileSync(file, code);
}
