import type { Browser } from '@playwright/test';
import type { Measure, ReadyMeasure, Route } from '../lib/types';

/** What every measure gets: the served build and the browser to load it in. */
export interface BenchContext {
	/** Origin of the production build as a static host serves it (server.ts), e.g. http://127.0.0.1:41234 */
	baseUrl: string;
	/** Debian's Chromium under Playwright, shared; each run opens its own fresh context. */
	browser: Browser;
	/** The Chromium binary, for tools that launch their own (Lighthouse). */
	chromiumPath: string;
	/** The routes measured (those built), for a measure of the whole app that reads them all. */
	routes: readonly Route[];
}

export type BenchMeasure = Measure<BenchContext>;
export type ReadyBenchMeasure = ReadyMeasure<BenchContext>;
