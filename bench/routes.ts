import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from './lib/types';

/**
 * Every learner route the bench measures, once it is built: add a route in one line here. A route
 * whose prerendered file is missing from build/ (not built yet) is skipped and named in the
 * report. Placeholder pages ("not built yet") are left out: their numbers would mean nothing.
 * `offline`, `popover`, `feedback` and `sizeOnly` choose the measures beyond first load
 * (lib/types.ts). A path may carry a query (the vocabulary drill's `?seed=`); `file` is then the
 * page the query is read by.
 */
export const ROUTES: readonly Route[] = [
	{ path: '/', file: 'index.html', offline: true },
	{ path: '/ar', file: 'ar.html', offline: false },
	{
		path: '/read/shoigu-tehran-2023',
		file: 'read/shoigu-tehran-2023.html',
		offline: true,
		popover: true
	},
	// The same reader with the Arabic interface (its own HTML), so sizes only (Lighthouse
	// and the timings would repeat the English reader's figures, at some 16 s a Lighthouse run).
	{
		path: '/ar/read/shoigu-tehran-2023',
		file: 'ar/read/shoigu-tehran-2023.html',
		offline: false,
		sizeOnly: true
	},
	// Practice: questions woven into the reader, and the quiz (one question at a time).
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
	// The vocabulary drill makes its set in the browser from the seed: a fixed one, the same set
	// every run. Sizes only: Lighthouse would mostly repeat the quiz page's figures.
	{
		path: '/practice/shoigu-tehran-2023/vocabulary?seed=1',
		file: 'practice/shoigu-tehran-2023/vocabulary.html',
		offline: false,
		sizeOnly: true
	},
	// The Arabic interface of the three: sizes only, as for the Arabic reader.
	{
		path: '/ar/practice/shoigu-tehran-2023',
		file: 'ar/practice/shoigu-tehran-2023.html',
		offline: false,
		sizeOnly: true
	},
	{
		path: '/ar/practice/shoigu-tehran-2023/quiz',
		file: 'ar/practice/shoigu-tehran-2023/quiz.html',
		offline: false,
		sizeOnly: true
	},
	{
		path: '/ar/practice/shoigu-tehran-2023/vocabulary?seed=1',
		file: 'ar/practice/shoigu-tehran-2023/vocabulary.html',
		offline: false,
		sizeOnly: true
	}
];

/** The routes whose page is in the build, and those that are not (yet). */
export function builtRoutes(
	buildDir: string,
	routes: readonly Route[] = ROUTES,
	exists: (path: string) => boolean = existsSync
): { built: Route[]; missing: Route[] } {
	const built = routes.filter((r) => exists(join(buildDir, r.file)));
	return { built, missing: routes.filter((r) => !built.includes(r)) };
}
