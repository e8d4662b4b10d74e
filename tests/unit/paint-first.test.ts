import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	afterFirstPaint,
	deferPreloads,
	DEFERRED,
	paintsFirst,
	startDeferredPreloads
} from '../../src/lib/paint-first';

// A prerendered head as SvelteKit and the app write it (attribute order and quoting as built).
const HEAD = [
	'<link rel="icon" href="../favicon.svg" type="image/svg+xml" />',
	'<script src="../boot.js"></script>',
	'<link rel="preload" as="fetch" href="../lessons/r/a.json" crossorigin="anonymous">',
	'<link href="../_app/immutable/entry/start.B5.js" rel="modulepreload">',
	'<link href="../_app/immutable/chunks/V4.js" rel="modulepreload">',
	'<link rel="preload" href="/_app/immutable/assets/naskh.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>',
	'<link href="../_app/immutable/assets/0.C3.css" rel="stylesheet">'
].join('\n');

// Its links' rel, held back and then started.
const HELD = ['icon', null, null, null, 'preload', 'stylesheet'];
const STARTED = ['icon', 'preload', 'modulepreload', 'modulepreload', 'preload', 'stylesheet'];

const parse = (head: string) => new JSDOM(`<!doctype html><html><head>${head}</head></html>`);
const rels = (dom: JSDOM) =>
	[...dom.window.document.querySelectorAll('link')].map((l) => l.getAttribute('rel'));

describe('deferPreloads', () => {
	it('holds back the scripts and the lesson file, and keeps what the first paint needs', () => {
		const dom = parse(deferPreloads(HEAD));
		expect(rels(dom)).toEqual(HELD);
		const font = dom.window.document.querySelector('link[as="font"]');
		expect(font?.getAttribute('rel')).toBe('preload');
		const held = [...dom.window.document.querySelectorAll(`link[${DEFERRED}]`)];
		expect(held.map((l) => [l.getAttribute(DEFERRED), l.getAttribute('href')])).toEqual([
			['preload', '../lessons/r/a.json'],
			['modulepreload', '../_app/immutable/entry/start.B5.js'],
			['modulepreload', '../_app/immutable/chunks/V4.js']
		]);
	});

	it('changes nothing else in the page', () => {
		const body = '<p>rel="modulepreload" is text here</p><a href="x" rel="next">x</a>';
		expect(deferPreloads(body)).toBe(body);
	});
});

describe('startDeferredPreloads', () => {
	it('gives each held link its rel back, so the browser fetches it', () => {
		const dom = parse(deferPreloads(HEAD));
		startDeferredPreloads(dom.window.document);
		expect(rels(dom)).toEqual(STARTED);
		expect(dom.window.document.querySelector(`link[${DEFERRED}]`)).toBeNull();
	});
});

describe('afterFirstPaint', () => {
	afterEach(() => vi.useRealTimers());

	it('waits for a frame, then for the task after it', async () => {
		vi.useFakeTimers();
		let frame: (() => void) | undefined;
		let done = false;
		void afterFirstPaint({ visibilityState: 'visible' }, (callback) => (frame = callback)).then(
			() => (done = true)
		);
		await vi.advanceTimersByTimeAsync(50);
		expect(done).toBe(false);
		frame!();
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});

	it('does not wait in a background tab, which gets no frames', async () => {
		const frame = vi.fn();
		await afterFirstPaint({ visibilityState: 'hidden' }, frame);
		expect(frame).not.toHaveBeenCalled();
	});
});

describe('paintsFirst', () => {
	it("holds for the learner's pages, whose HTML shows what they are for, not the teacher's", () => {
		for (const route of [
			'/',
			'/read/[id]',
			'/practice/[id]',
			'/practice/[id]/vocabulary',
			'/practice/[id]/quiz',
			'/review',
			'/progress'
		])
			expect(paintsFirst(route), route).toBe(true);
		expect(paintsFirst('/teach/edit')).toBe(false);
		expect(paintsFirst('/device')).toBe(false);
		expect(paintsFirst(null)).toBe(false);
	});
});

describe('static/boot.js', () => {
	// The first script of every page: it runs before the held links are parsed.
	const boot = readFileSync(new URL('../../static/boot.js', import.meta.url), 'utf8');

	function page(hidden = false, head = HEAD) {
		const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
			url: 'https://fahm.test/read/a',
			runScripts: 'outside-only',
			pretendToBeVisual: true
		});
		let frame: (() => void) | undefined;
		dom.window.requestAnimationFrame = (callback) => {
			frame = () => callback(0);
			return 1;
		};
		if (hidden) Object.defineProperty(dom.window.document, 'visibilityState', { value: 'hidden' });
		dom.window.eval(boot);
		// The rest of the head arrives after the script, as the parser reads on.
		dom.window.document.head.insertAdjacentHTML('beforeend', deferPreloads(head));
		return { dom, frame: () => frame?.() };
	}

	it("starts an article page's held preloads once the page has painted, not before", async () => {
		const { dom, frame } = page();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(rels(dom)).toEqual(HELD);
		frame();
		expect(rels(dom)).toEqual(HELD);
		await vi.waitFor(() =>
			expect(dom.window.document.querySelector(`link[${DEFERRED}]`)).toBeNull()
		);
		expect(rels(dom)).toEqual(STARTED);
	});

	it('starts a long list of preloads in page order, a few per task, none of them long', async () => {
		const scripts = Array.from(
			{ length: 20 },
			(_, i) => `<link href="../_app/immutable/chunks/c${i}.js" rel="modulepreload">`
		);
		const { dom, frame } = page(false, scripts.join('\n'));
		// A slow phone: each reading of the clock comes 3 ms after the last, one start in between.
		let clock = 0;
		dom.window.performance.now = () => (clock += 3);
		const started = () =>
			[...dom.window.document.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
				l.getAttribute('href')
			);
		const inOrder = (n: number) => scripts.slice(0, n).map((tag) => /href="([^"]+)"/.exec(tag)![1]);
		frame();
		// The frame's timer, then one task for each 10 ms of starting: four starts of 3 ms.
		const task = () => new Promise((resolve) => dom.window.setTimeout(resolve, 0));
		for (const count of [4, 8, 12, 16, 20]) {
			await task();
			expect(started()).toEqual(inOrder(count));
		}
		expect(dom.window.document.querySelector(`link[${DEFERRED}]`)).toBeNull();
	});

	it('starts them once the page is read in a background tab, which gets no frames', async () => {
		const { dom } = page(true);
		expect(dom.window.document.querySelector(`link[${DEFERRED}]`)).not.toBeNull();
		dom.window.document.dispatchEvent(new dom.window.Event('DOMContentLoaded'));
		expect(dom.window.document.querySelector(`link[${DEFERRED}]`)).toBeNull();
		expect(rels(dom)).toContain('modulepreload');
	});

	/** A page's header as prerendered, before the app's scripts are in. */
	function header() {
		const { dom } = page();
		const document = dom.window.document;
		document.body.innerHTML = `
			<a href="/ar" hreflang="ar" data-sveltekit-reload data-locale-choice>العربية</a>
			<select data-theme-choice>
				<option value="system">As the device</option>
				<option value="light">Light</option>
				<option value="dark">Dark</option>
			</select>`;
		// No navigation in jsdom: the link's default action is left out.
		document.addEventListener('click', (event) => event.preventDefault());
		const choose = (theme: string) => {
			const select = document.querySelector('select')!;
			select.value = theme;
			select.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
		};
		return { dom, document, choose };
	}

	it('applies and keeps a theme chosen in the header before the app has started', () => {
		const { dom, document, choose } = header();
		choose('dark');
		expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
		expect(dom.window.localStorage.getItem('fahm.theme')).toBe('dark');
		choose('system');
		expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
		expect(dom.window.localStorage.getItem('fahm.theme')).toBeNull();
	});

	it('remembers the language chosen in the header, for the start page to open in', () => {
		const { dom, document } = header();
		document.querySelector('a')!.click();
		expect(dom.window.localStorage.getItem('fahm.locale')).toBe('ar');
	});
});
