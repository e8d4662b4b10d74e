import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assetKind, gzipBytes, sumBodies, transferBytes } from '../../../bench/lib/assets';
import { arabicTwin, builtRoutes, ROUTES } from '../../../bench/routes';

describe('assetKind', () => {
	it('reads the content type first, then the extension', () => {
		expect(assetKind('http://h/_app/a.js', 'text/javascript; charset=utf-8')).toBe('js');
		expect(assetKind('http://h/x', 'application/javascript')).toBe('js');
		expect(assetKind('http://h/_app/a.css?v=1', undefined)).toBe('css');
		expect(assetKind('http://h/font.woff2', 'font/woff2')).toBeUndefined();
		expect(assetKind('http://h/', 'text/html')).toBeUndefined();
	});
});

describe('gzipBytes', () => {
	it('counts the bytes of the body gzipped at level 9', () => {
		const body = new TextEncoder().encode('const a = 1;\n'.repeat(500));
		const size = gzipBytes(body);
		expect(size).toBeGreaterThan(0);
		expect(size).toBeLessThan(body.byteLength / 10);
		expect(size).toBe(gzipSync(body, { level: 9 }).byteLength);
	});
});

describe('transferBytes and sumBodies', () => {
	const text = new TextEncoder().encode('body { color: red; }\n'.repeat(200));
	// Bytes gzip cannot shrink, as in a woff2 font or a png: a fixed xorshift32 sequence.
	let state = 2463534242;
	const compressed = Uint8Array.from({ length: 4096 }, () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return state & 0xff;
	});

	it('counts text gzipped and a compressed file as it is, whichever is smaller', () => {
		expect(transferBytes(text)).toBe(gzipBytes(text));
		expect(gzipBytes(compressed)).toBeGreaterThan(compressed.byteLength);
		expect(transferBytes(compressed)).toBe(compressed.byteLength);
		expect(transferBytes(new Uint8Array())).toBe(0);
	});

	it('sums the raw and the transfer bytes of a set of files', () => {
		expect(sumBodies([text, compressed])).toEqual({
			raw: text.byteLength + compressed.byteLength,
			transfer: gzipBytes(text) + compressed.byteLength,
			files: 2
		});
		expect(sumBodies([])).toEqual({ raw: 0, transfer: 0, files: 0 });
	});
});

describe('builtRoutes', () => {
	it('keeps the routes whose prerendered file exists and names the rest', () => {
		const present = new Set(['build/index.html', 'build/ar.html']);
		const { built, missing } = builtRoutes('build', ROUTES, (p) => present.has(p));
		expect(built.map((r) => r.path)).toEqual(['/', '/ar']);
		expect(missing.map((r) => r.path)).toEqual([
			'/read/shoigu-tehran-2023',
			'/ar/read/shoigu-tehran-2023',
			'/practice/shoigu-tehran-2023',
			'/ar/practice/shoigu-tehran-2023',
			'/practice/shoigu-tehran-2023/quiz',
			'/ar/practice/shoigu-tehran-2023/quiz',
			'/practice/shoigu-tehran-2023/vocabulary?seed=1',
			'/ar/practice/shoigu-tehran-2023/vocabulary?seed=1',
			'/review',
			'/ar/review',
			'/progress',
			'/ar/progress'
		]);
	});

	it('looks for the page a query is read by, not for a file named after the query', () => {
		const present = new Set(['build/practice/shoigu-tehran-2023/vocabulary.html']);
		const { built } = builtRoutes('build', ROUTES, (p) => present.has(p));
		expect(built.map((r) => r.path)).toEqual(['/practice/shoigu-tehran-2023/vocabulary?seed=1']);
	});

	it('has a reader whose popover is timed, a quiz whose feedback is timed, in English', () => {
		expect(ROUTES.filter((r) => r.popover).map((r) => r.path)).toEqual([
			'/read/shoigu-tehran-2023'
		]);
		expect(ROUTES.filter((r) => r.feedback).map((r) => r.path)).toEqual([
			'/practice/shoigu-tehran-2023/quiz'
		]);
		expect(ROUTES.filter((r) => r.offline).map((r) => r.path)).toEqual([
			'/',
			'/read/shoigu-tehran-2023'
		]);
	});

	it('measures every English route in Arabic too, with the Arabic file', () => {
		const english = ROUTES.filter((r) => r.path !== '/ar' && !r.path.startsWith('/ar/'));
		expect(english).toHaveLength(7);
		for (const route of english) {
			const twin = ROUTES[ROUTES.indexOf(route) + 1];
			expect(twin?.path).toBe(route.path === '/' ? '/ar' : `/ar${route.path}`);
			expect(twin?.file).toBe(route.file === 'index.html' ? 'ar.html' : `ar/${route.file}`);
		}
		expect(arabicTwin(ROUTES[2]!)).toEqual({
			path: '/ar/read/shoigu-tehran-2023',
			file: 'ar/read/shoigu-tehran-2023.html',
			offline: false
		});
	});
});
