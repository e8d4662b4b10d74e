/**
 * `npm run bench:chunks -- [--no-build] [--out FILE] [ROUTE...]`: what each chunk a page loads
 * holds, module by module, in gzip KB. Builds a scratch copy of the app (bench/.tmp, with this
 * folder's Vite config recording every chunk's modules; the shipped build is not touched), serves
 * it, loads each route as the first-load measure does (10 s without input, deferred part apart)
 * and prints Markdown. Routes default to the home page and the woven practice page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { gzipBytes } from '../lib/assets';
import { breakdownMarkdown, splitChunk, type ChunkRecord, type ChunkShare } from '../lib/breakdown';
import { loadPage } from '../page-load';
import { buildApp, serveBuild } from '../server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIG = 'bench/breakdown/chunks.vite.ts';
const ENV = { FAHM_KIT_DIR: 'bench/.tmp/kit', FAHM_BUILD_DIR: 'bench/.tmp/build' };

async function main(): Promise<void> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { 'no-build': { type: 'boolean', default: false }, out: { type: 'string' } }
	});
	const routes = positionals.length > 0 ? positionals : ['/', '/practice/shoigu-tehran-2023'];
	if (!values['no-build']) {
		console.error('bench:chunks: scratch build in bench/.tmp');
		await buildApp(ROOT, { config: CONFIG, env: ENV });
	}
	const records: ChunkRecord[] = JSON.parse(
		readFileSync(join(ROOT, ENV.FAHM_KIT_DIR, 'output', 'chunks.json'), 'utf8')
	);
	const byFile = new Map(records.map((r) => [`/${r.file}`, r]));
	const host = await serveBuild(join(ROOT, ENV.FAHM_BUILD_DIR));
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	const sections: string[] = [];
	try {
		for (const route of routes) {
			const { assets } = await loadPage(browser, host.baseUrl, route);
			const chunks: ChunkShare[] = assets
				.filter((a) => a.kind === 'js')
				.map((a) => {
					const file = new URL(a.url).pathname;
					const gzip = gzipBytes(a.body);
					const record = byFile.get(file);
					return {
						file: file.replace(/^\/_app\/immutable\//u, ''),
						phase: a.phase,
						gzip,
						modules: record
							? splitChunk(record, gzip, ROOT)
							: [{ module: '(not a bundler chunk)', gzip }]
					};
				});
			sections.push(breakdownMarkdown(route, chunks));
		}
	} finally {
		await browser.close();
		await host.stop();
	}
	const text = sections.join('\n');
	if (values.out) writeFileSync(values.out, text);
	console.log(text);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
		process.exit(1);
	}
);
