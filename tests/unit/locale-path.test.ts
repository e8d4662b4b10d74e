import { describe, expect, it } from 'vitest';
import { delocalizePath, localizePath, perAddress } from '../../src/lib/locale-path';
import { deLocalizeUrl, localizeHref, type Locale } from '../../src/lib/paraglide/runtime';

/** What links were before: Paraglide's own localizer, the Arabic home without its slash. */
const paraglides = (path: string, locale: Locale) =>
	localizeHref(path, { locale }).replace(/(.)\/$/u, '$1');

describe('localizePath', () => {
	it('writes Arabic addresses under /ar and English ones at the root', () => {
		expect(localizePath('/read/shoigu-tehran-2023', 'ar')).toBe('/ar/read/shoigu-tehran-2023');
		expect(localizePath('/', 'ar')).toBe('/ar');
		expect(localizePath('/', 'en')).toBe('/');
		expect(localizePath('/ar/progress', 'en')).toBe('/progress');
		expect(localizePath('/arabic', 'ar')).toBe('/ar/arabic');
	});

	it("gives Paraglide's answer for every kind of app path, in both languages", () => {
		const paths = [
			'/',
			'/ar',
			'/ar/',
			'/read',
			'/read/shoigu-tehran-2023',
			'/ar/read/shoigu-tehran-2023',
			'/practice/shoigu-tehran-2023/vocabulary?seed=12',
			'/practice/shoigu-tehran-2023/quiz?set=my%20set#question-3',
			'/ar/practice/shoigu-tehran-2023/quiz?set=a',
			'/teach/edit?set=new',
			'/progress#backup',
			'/arabic-lessons'
		];
		for (const locale of ['en', 'ar'] as const)
			for (const path of paths)
				expect(localizePath(path, locale), `${path} in ${locale}`).toBe(paraglides(path, locale));
	});

	it('writes the Arabic home without a trailing slash, with a query too (the prerendered page)', () => {
		for (const path of ['/?x=1', '/ar?x=1', '/ar/?x=1'])
			expect(localizePath(path, 'ar'), path).toBe('/ar?x=1');
		expect(localizePath('/ar/#top', 'ar')).toBe('/ar#top');
		expect(localizePath('/ar/?x=1', 'en')).toBe('/?x=1');
	});
});

describe('delocalizePath', () => {
	it("gives Paraglide's pathname for every kind of app pathname", () => {
		const pathnames = [
			'/',
			'/ar',
			'/ar/',
			'/read/shoigu-tehran-2023',
			'/ar/read/shoigu-tehran-2023',
			'/ar/practice/shoigu-tehran-2023/quiz',
			'/arabic-lessons',
			'/ar/arabic-lessons',
			'/teach/edit'
		];
		for (const pathname of pathnames)
			expect(delocalizePath(pathname), pathname).toBe(
				deLocalizeUrl(new URL(pathname, 'https://fahm.example')).pathname
			);
		expect(delocalizePath('/ar/read/a')).toBe('/read/a');
		expect(delocalizePath('/ar')).toBe('/');
	});
});

describe('perAddress', () => {
	it('works the locale out once per address and again when the address changes', () => {
		let address = 'https://fahm.example/ar/read/a';
		const reads: string[] = [];
		const read = (): Locale => {
			reads.push(address);
			return address.includes('/ar/') ? 'ar' : 'en';
		};
		const locale = perAddress(read, () => address);
		expect([locale(), locale(), locale()]).toEqual(['ar', 'ar', 'ar']);
		address = 'https://fahm.example/read/a';
		expect([locale(), locale()]).toEqual(['en', 'en']);
		expect(reads).toEqual(['https://fahm.example/ar/read/a', 'https://fahm.example/read/a']);
	});
});
