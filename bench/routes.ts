import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from './lib/types';

/**
 * Every learner route the bench measures, once it is built, in English: add a route in one line
 * here, and ROUTES adds its Arabic twin (`/ar/...`). A route whose prerendered file is missing
 * from build/ (not built yet) is skipped and named in the report. Placeholder pages ("not built
 * yet") are left out: their numbers would mean nothing. `offline`, `popover` and `feedback` choose
 * the timings beyond first load (lib/types.ts); they are kept to the English page, the Arabic one
 * being the same page with the other interface. A path may carry a query (the vocabulary drill's
 * `?seed=`: a fixed seed gives the same set every run); `file` is then the page that reads it.
 */
const ENGLISH: readonly Route[] = [
	{ path: '/', file: 'index.html', offline: true },
	{
		path: '/read/shoigu-tehran-2023',
		file: 'read/shoigu-tehran-2023.html',
		offline: true,
		popover: true
	},
	// Practice: questions woven into the reader, the quiz (one question at a time), the drill.
	{
		path: '/practice/shoigu-tehran-2023',
		file: 'practice/shoigu-tehran-2023.html',
		offline: false
	},
	{
		path: '/practice/shoigu-tehran-2023/quiz',
		file: 'practice/shoigu-tehran-2023/quiz.html',
		offline: false,
		feedback: true
	},
	{
		path: '/practice/shoigu-tehran-2023/vocabulary?seed=1',
		file: 'practice/shoigu-tehran-2023/vocabulary.html',
		offline: false
	},
	{ path: '/review', file: 'review.html', offline: false },
	{ path: '/progress', file: 'progress.html', offline: false }
];

/** The Arabic interface of an English route: the same page under /ar, sizes and Lighthouse only. */
export function arabicTwin(route: Route): Route {
	return {
		path: route.path === '/' ? '/ar' : `/ar${route.path}`,
		file: route.file === 'index.html' ? 'ar.html' : `ar/${route.file}`,
		offline: false
	};
}

/** Every learner route in both interface languages, each English one followed by its twin. */
export const ROUTES: readonly Route[] = ENGLISH.flatMap((route) => [route, arabicTwin(route)]);

/** The routes whose page is in the build, and those that are not (yet). */
export function builtRoutes(
	buildDir: string,
	routes: readonly Route[] = ROUTES,
	exists: (path: string) => boolean = existsSync
): { built: Route[]; missing: Route[] } {
	const built = routes.filter((r) => exists(join(buildDir, r.file)));
	return { built, missing: routes.filter((r) => !built.includes(r)) };
}
