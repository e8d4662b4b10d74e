import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from './lib/types';

/**
 * Every learner route the bench measures, once it is built: add a route in one line here. A route
 * whose prerendered file is missing from build/ (not built yet) is skipped and named in the
 * report. Placeholder pages ("not built yet") are left out: their numbers would mean nothing.
 * `offline`, `popover` and `sizeOnly` choose the measures beyond first load (lib/types.ts).
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
