import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, hostBuild, loadSite, serveBuild, type StaticHost } from '../../../bench/server';

// A small prerendered site laid out as SvelteKit's static adapter writes one.
const PAGE = `<!doctype html><html><body>${'<p>نص المقال</p>\n'.repeat(200)}</body></html>`;
const SCRIPT = 'export const a = 1;\n'.repeat(300);
// Bytes gzip cannot shrink, as in a woff2 font: a fixed xorshift32 sequence.
let state = 2463534242;
const FONT = Buffer.from(
	Uint8Array.from({ length: 4096 }, () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return state & 0xff;
	})
);

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'fahm-static-host-'));
	mkdirSync(join(dir, 'ar', 'read'), { recursive: true });
	mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<!doctype html><p>home</p>');
	writeFileSync(join(dir, 'ar.html'), '<!doctype html><p dir="rtl">الرئيسية</p>');
	writeFileSync(join(dir, 'ar', 'read', 'lesson.html'), PAGE);
	writeFileSync(join(dir, '_app', 'immutable', 'start.js'), SCRIPT);
	writeFileSync(join(dir, 'font.woff2'), FONT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileFor', () => {
	const files = new Map([
		['/index.html', 'home'],
		['/ar.html', 'arabic home'],
		['/ar/read/lesson.html', 'reader'],
		['/_app/immutable/start.js', 'script']
	]);

	it('finds a page by its address as the static adapter writes it', () => {
		expect(fileFor(files, '/')).toBe('home');
		expect(fileFor(files, '/ar')).toBe('arabic home');
		expect(fileFor(files, '/ar/')).toBe('arabic home');
		expect(fileFor(files, '/ar/read/lesson')).toBe('reader');
		expect(fileFor(files, '/ar/read/lesson?seed=1#q2')).toBe('reader');
		expect(fileFor(files, '/_app/immutable/start.js')).toBe('script');
	});

	it('finds nothing for an address outside the build or a broken one', () => {
		expect(fileFor(files, '/read/other')).toBeUndefined();
		expect(fileFor(files, '/../index.html/x')).toBeUndefined();
		expect(fileFor(files, '/%E0%A4%A')).toBeUndefined();
	});
});

describe('loadSite', () => {
	it('keeps gzip -9 of a file only where it is smaller', () => {
		const files = loadSite(dir);
		expect([...files.keys()].sort()).toEqual([
			'/_app/immutable/start.js',
			'/ar.html',
			'/ar/read/lesson.html',
			'/font.woff2',
			'/index.html'
		]);
		const page = files.get('/ar/read/lesson.html')!;
		expect(page.type).toBe('text/html; charset=utf-8');
		expect(gunzipSync(page.gzip!).toString()).toBe(PAGE);
		expect(files.get('/font.woff2')).toEqual({ type: 'font/woff2', body: FONT });
	});
});

describe('hostBuild', () => {
	let host: StaticHost;
	beforeAll(async () => {
		host = await hostBuild(dir);
	});
	afterAll(() => host.stop());

	it('sends a page gzipped to a browser that takes gzip, as text to one that does not', async () => {
		const zipped = await fetch(`${host.baseUrl}/ar/read/lesson`);
		expect(zipped.status).toBe(200);
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(zipped.headers.get('cache-control')).toBe('no-cache');
		expect(await zipped.text()).toBe(PAGE);

		const plain = await fetch(`${host.baseUrl}/ar/read/lesson`, {
			headers: { 'accept-encoding': 'identity' }
		});
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(PAGE));
		expect(await plain.text()).toBe(PAGE);
	});

	it('sends immutable assets cacheable and a font as it is', async () => {
		const script = await fetch(`${host.baseUrl}/_app/immutable/start.js`);
		expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(await script.text()).toBe(SCRIPT);

		const font = await fetch(`${host.baseUrl}/font.woff2`);
		expect(font.headers.get('content-encoding')).toBeNull();
		expect(Buffer.from(await font.arrayBuffer()).equals(FONT)).toBe(true);
	});

	it('answers 404 for an address not in the build and 405 for a post', async () => {
		const missing = await fetch(`${host.baseUrl}/read/other`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('/read/other');
		expect((await fetch(`${host.baseUrl}/`, { method: 'POST' })).status).toBe(405);
	});

	it('refuses a folder with no built site', async () => {
		await expect(hostBuild(join(dir, 'ar'))).rejects.toThrow(/no built site/u);
	});
});

describe('serveBuild', () => {
	it('serves the build from a process of its own until stopped', async () => {
		const host = await serveBuild(dir);
		const page = await fetch(`${host.baseUrl}/ar/read/lesson`);
		expect(page.headers.get('content-encoding')).toBe('gzip');
		expect(await page.text()).toBe(PAGE);
		await host.stop();
		await expect(fetch(`${host.baseUrl}/`)).rejects.toThrow();
	}, 30_000);

	it('says which folder it could not serve, and why', async () => {
		await expect(serveBuild(join(dir, 'ar'))).rejects.toThrow(
			new RegExp(`serving ${join(dir, 'ar')}: ended .*no built site`, 'su')
		);
	}, 30_000);
});
