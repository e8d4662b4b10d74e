// jsdom ships no types and the project installs none: the part the unit tests use (a document
// to build and parse markup in, outside the component tests' jsdom environment).
declare module 'jsdom' {
	export class JSDOM {
		constructor(html?: string);
		readonly window: Window & typeof globalThis;
	}
}
