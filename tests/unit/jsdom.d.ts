// jsdom ships no types and the project installs none: the part the unit tests use (a document
// to build and parse markup in, or to run a page's plain script in, outside the component tests'
// jsdom environment).
declare module 'jsdom' {
	export class JSDOM {
		constructor(
			html?: string,
			options?: { url?: string; runScripts?: 'outside-only'; pretendToBeVisual?: boolean }
		);
		readonly window: Window & typeof globalThis;
	}
}
