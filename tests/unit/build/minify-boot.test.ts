/**
 * The build ships static/boot.js minified (issue 12). The minified script must do what the
 * readable one does before a page's first paint: run both, each in a bare stand-in for the page,
 * and compare what they did.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { minifyScript } from '../../../src/build/minify-boot';

const BOOT = resolve(import.meta.dirname, '../../../static/boot.js');
const scratch = mkdtempSync(join(tmpdir(), 'fahm-boot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const readable = readFileSync(BOOT, 'utf8');
const minifiedFile = join(scratch, 'boot.js');
copyFileSync(BOOT, minifiedFile);
minifyScript(minifiedFile);
const minified = readFileSync(minifiedFile, 'utf8');

/** What the script did to a page at `pathname` with `saved` in its local storage. */
function effects(code: string, pathname: string, saved: Record<string, string>) {
	const root = { lang: 'en', dir: 'ltr', attributes: {} as Record<string, string> };
	const done: string[] = [];
	const page = {
		location: {
			pathname,
			search: '?x=1',
			hash: '',
			replace: (to: string) => done.push(`replace ${to}`)
		},
		localStorage: { getItem: (key: string) => saved[key] ?? null },
		document: {
			documentElement: Object.assign(root, {
				setAttribute: (name: string, value: string) => (root.attributes[name] = value)
			}),
			visibilityState: 'hidden',
			addEventListener: (type: string) => done.push(`listen ${type}`)
		},
		window: {}
	};
	runInNewContext(code, page);
	return { lang: root.lang, dir: root.dir, attributes: root.attributes, done };
}

describe('the boot script, minified', () => {
	it('is a good deal smaller, with no comments left', () => {
		expect(minified.length).toBeLessThan(readable.length * 0.6);
		expect(minified).not.toContain('first paint');
	});

	it.each([
		['/ar/read/shoigu-tehran-2023', {}],
		['/ar', { 'fahm.theme': 'dark' }],
		['/', { 'fahm.locale': 'ar', 'fahm.theme': 'light' }],
		['/read', { 'fahm.locale': 'ar', 'fahm.theme': 'nonsense' }],
		['/arabic-words', {}]
	])('does what the readable script does at %s', (pathname, saved) => {
		const before = effects(readable, pathname, saved);
		expect(effects(minified, pathname, saved)).toEqual(before);
		// The stand-in page is real enough for the script to act on it.
		expect(before.done).toContain('listen change');
	});

	it('sets an Arabic address right to left, and nothing else', () => {
		expect(effects(minified, '/ar/review', {})).toMatchObject({ lang: 'ar', dir: 'rtl' });
		expect(effects(minified, '/arabic-words', {})).toMatchObject({ lang: 'en', dir: 'ltr' });
	});
});
