import { describe, expect, it } from 'vitest';
import { commonToAll, startScripts } from '../../../bench/lib/shell';

// The head of a prerendered page as SvelteKit and paint-first.ts write it (trimmed).
const page = `<!doctype html><html><head>
<script src="../boot.js"></script>
<link rel="icon" href="../favicon.svg" type="image/svg+xml" />
<link href="../_app/immutable/entry/start.A.js" data-after-paint="modulepreload">
<link href="../_app/immutable/chunks/shell.B.js" data-after-paint="modulepreload">
<link rel="modulepreload" href="../_app/immutable/nodes/3.C.js">
<link href="../_app/immutable/assets/shell.D.css" rel="stylesheet">
<link rel="preload" href="/_app/immutable/assets/font.woff2" as="font" crossorigin="anonymous"/>
</head><body><script>
Promise.all([
	import("../_app/immutable/entry/start.A.js"),
	import( "../_app/immutable/entry/app.E.js" )
]).then(([kit, app]) => kit.start(app, element));
</script></body></html>`;

describe('startScripts', () => {
	it('names every script a page starts with, once each, resolved against the page', () => {
		expect(startScripts(page, 'http://h/ar/review')).toEqual([
			'http://h/boot.js',
			'http://h/_app/immutable/entry/start.A.js',
			'http://h/_app/immutable/chunks/shell.B.js',
			'http://h/_app/immutable/nodes/3.C.js',
			'http://h/_app/immutable/entry/app.E.js'
		]);
	});

	it('leaves out style sheets, fonts, icons and inline scripts', () => {
		const scripts = startScripts(page, 'http://h/ar/review');
		expect(scripts.some((url) => /\.(css|woff2|svg)$/u.test(url))).toBe(false);
		expect(
			startScripts('<script>import("x")</script>'.replace('import', 'fetch'), 'http://h/')
		).toEqual([]);
	});
});

describe('commonToAll', () => {
	it('keeps what every page names, in the first page order', () => {
		expect(
			commonToAll([
				['boot', 'start', 'shell', 'home'],
				['shell', 'reader', 'boot', 'start'],
				['start', 'boot', 'shell', 'quiz']
			])
		).toEqual(['boot', 'start', 'shell']);
	});

	it('is empty for no pages, and all of one page', () => {
		expect(commonToAll([])).toEqual([]);
		expect(commonToAll([['a', 'b']])).toEqual(['a', 'b']);
	});
});
