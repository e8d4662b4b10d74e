import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assetKind, gzipBytes } from '../../../bench/lib/assets';
import { builtRoutes, ROUTES } from '../../../bench/routes';

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

describe('builtRoutes', () => {
	it('keeps the routes whose prerendered file exists and names the rest', () => {
		const present = new Set(['build/index.html', 'build/ar.html']);
		const { built, missing } = builtRoutes('build', ROUTES, (p) => present.has(p));
		expect(built.map((r) => r.path)).toEqual(['/', '/ar']);
		expect(missing.map((r) => r.path)).toEqual(['/read/shoigu-tehran-2023']);
	});
});
