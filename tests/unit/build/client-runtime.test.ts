/**
 * The browser build swaps Paraglide's runtime for the little the app's browser code asks of it
 * (issue 12). Checked against the project's own generated runtime: the same language for every
 * address, the same names the app imports, and the whole runtime kept whenever its shape differs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { clientRuntime } from '../../../src/build/client-runtime';
import * as paraglide from '../../../src/lib/paraglide/runtime';

const ROOT = resolve(import.meta.dirname, '../../..');
const runtime = readFileSync(join(ROOT, 'src/lib/paraglide/runtime.js'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'fahm-runtime-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.unstubAllGlobals());

type Client = {
	baseLocale: string;
	locales: readonly string[];
	experimentalStaticLocale: undefined;
	getLocale: () => string;
	overwriteGetLocale: (fn: () => string) => void;
};

let loaded = 0;
/** The generated module, loaded as the browser would (a fresh copy each time). */
async function load(code: string): Promise<Client> {
	const file = join(scratch, `runtime-${loaded++}.mjs`);
	writeFileSync(file, code);
	return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Client;
}

/** The names the app's browser code (not the server's) imports from the runtime. */
function importedNames(dir: string): Set<string> {
	const names = new Set<string>();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		const file = join(entry.parentPath, entry.name);
		if (!entry.isFile() || !/\.(ts|svelte)$/u.test(entry.name) || /server/u.test(entry.name))
			continue;
		if (relative(dir, file).startsWith('lib/paraglide')) continue;
		const source = readFileSync(file, 'utf8');
		for (const [, list] of source.matchAll(/import \{([^}]*)\} from '\$lib\/paraglide\/runtime'/gu))
			for (const name of list!.split(','))
				if (!name.trim().startsWith('type ')) names.add(name.trim());
	}
	names.delete('');
	return names;
}

describe('clientRuntime', () => {
	it("answers every address in the language Paraglide's url strategy gives it", async () => {
		const client = await load(clientRuntime(runtime)!);
		const paths = [
			'/',
			'/ar',
			'/ar/',
			'/ar/read/shoigu-tehran-2023',
			'/ar?seed=1',
			'/ar#main',
			'/arabic',
			'/read/ar',
			'/en',
			'/practice/x/quiz'
		];
		const answers = paths.map((pathname) => {
			vi.stubGlobal('location', { pathname });
			return [pathname, client.getLocale()];
		});
		expect(answers).toEqual(
			paths.map((path) => [path, paraglide.extractLocaleFromUrl(`http://host${path}`)])
		);
		expect([client.baseLocale, client.locales, client.experimentalStaticLocale]).toEqual([
			paraglide.baseLocale,
			paraglide.locales,
			undefined
		]);
	});

	it('lets the app set how the language is found, as Paraglide does', async () => {
		const client = await load(clientRuntime(runtime)!);
		client.overwriteGetLocale(() => 'ar');
		vi.stubGlobal('location', { pathname: '/' });
		expect(client.getLocale()).toBe('ar');
	});

	it("exports every name the app's browser code imports from the runtime", async () => {
		const client = (await load(clientRuntime(runtime)!)) as unknown as Record<string, unknown>;
		const names = importedNames(join(ROOT, 'src'));
		expect(names.size).toBeGreaterThan(2);
		expect([...names].filter((name) => !(name in client))).toEqual([]);
	});

	it('keeps the whole runtime when the language may come from anything but the address', () => {
		expect(clientRuntime(runtime)).toBeDefined();
		const cookieFirst = runtime.replace(/("url",\n\s*)("cookie",)/u, '$2\n  "url",');
		expect(cookieFirst).not.toBe(runtime);
		expect(clientRuntime(cookieFirst)).toBeUndefined();
		const staticLocale = runtime.replace(
			'export const experimentalStaticLocale = undefined;',
			'export const experimentalStaticLocale = "ar";'
		);
		expect(clientRuntime(staticLocale)).toBeUndefined();
		const routeRules = runtime.replace(
			'export const routeStrategies = [];',
			'export const routeStrategies = [{ match: "/api/*", exclude: true }];'
		);
		expect(clientRuntime(routeRules)).toBeUndefined();
		const customPatterns = runtime.replace(
			'const TREE_SHAKE_DEFAULT_URL_PATTERN_USED = true;',
			'const TREE_SHAKE_DEFAULT_URL_PATTERN_USED = false;'
		);
		expect(clientRuntime(customPatterns)).toBeUndefined();
	});
});
