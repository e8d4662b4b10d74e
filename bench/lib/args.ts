import { parseArgs } from 'node:util';

export interface BenchOptions {
	/** Runs per page-load and Lighthouse figure; each figure is their median. */
	runs: number;
	/** Only the deterministic size figures (JS, CSS, precache): stable enough for CI. */
	sizeOnly: boolean;
	/** The budgets file, relative to the working directory. */
	budgets: string;
	/** Measure the build/ already there instead of building first (for working on the bench). */
	build: boolean;
	help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --runs N          runs per page-load and Lighthouse figure, median reported (default 3)
  --size-only       only the deterministic size budgets: JS and CSS per route, precache
  --budgets FILE    budgets to check (default bench/budgets.json)
  --no-build        measure the existing build/ instead of running npm run build
  --help            this text`;

/** Reads the command line; throws with a message fit for the terminal on anything unknown. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
	const { values } = parseArgs({
		args: [...argv],
		strict: true,
		allowPositionals: false,
		options: {
			runs: { type: 'string', default: '3' },
			'size-only': { type: 'boolean', default: false },
			budgets: { type: 'string', default: 'bench/budgets.json' },
			'no-build': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	});
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1)
		throw new Error(`--runs must be a whole number of at least 1, got "${values.runs}"`);
	return {
		runs,
		sizeOnly: values['size-only'],
		budgets: values.budgets,
		build: !values['no-build'],
		help: values.help
	};
}
