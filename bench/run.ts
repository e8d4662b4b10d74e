/**
 * `npm run bench`: builds Fahm, serves the production build, measures it in Debian's Chromium and
 * checks the figures against bench/budgets.json. Exits 1 when a budget is broken or a measure
 * failed, 2 on bad arguments. See bench/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';
import { closeAllDebuggable } from './chromium';
import { describeMachine, gitCommit } from './environment';
import { parseBenchArgs, USAGE, type BenchOptions } from './lib/args';
import { describeViolation, evaluateBudgets, parseBudgets, unusedBudgetKeys } from './lib/budgets';
import { collectFigures } from './lib/collect';
import { reportTable } from './lib/report';
import { failureLines, figureJson, violationJson } from './lib/results';
import type { Budgets, Figure } from './lib/types';
import { MEASURES } from './measures/index';
import { builtRoutes } from './routes';
import { buildApp, serveBuild, type StaticHost } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results.json');

function readOptions(): { options: BenchOptions; budgets: Budgets } {
	const options = parseBenchArgs(process.argv.slice(2));
	if (options.help) return { options, budgets: {} };
	const budgets = parseBudgets(JSON.parse(readFileSync(resolve(options.budgets), 'utf8')));
	const fed = MEASURES.flatMap((m) => m.metrics.flatMap((metric) => metric.budget ?? []));
	const unused = unusedBudgetKeys(budgets, fed);
	if (unused.length > 0)
		throw new Error(`${options.budgets}: no figure feeds ${unused.join(', ')} (a typo?)`);
	return { options, budgets };
}

async function main(): Promise<number> {
	let options: BenchOptions;
	let budgets: Budgets;
	try {
		({ options, budgets } = readOptions());
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
		return 2;
	}
	if (options.help) {
		console.log(USAGE);
		return 0;
	}
	const log = (line: string) => console.error(`bench: ${line}`);

	if (options.build) {
		log('npm run build');
		await buildApp(ROOT);
	}
	const { built, missing } = builtRoutes(join(ROOT, 'build'));
	if (built.length === 0) throw new Error('no route is built: is build/ there?');

	let host: StaticHost | undefined;
	let browser: Browser | undefined;
	const cleanUp = async () => {
		const kept = await closeAllDebuggable();
		if (kept.length > 0) log(`could not remove Chromium profile(s): ${kept.join(', ')}`);
		await browser?.close();
		await host?.stop();
	};
	// `on`, not `once`: tsx relays a signal again when we are slow to answer, and a second signal
	// with no listener left would exit before the clean-up is done.
	let interrupted = false;
	const onInterrupt = () => {
		if (interrupted) return;
		interrupted = true;
		console.error('bench: interrupted, closing the browsers and the server');
		void cleanUp().finally(() => process.exit(130));
	};
	process.on('SIGINT', onInterrupt);
	process.on('SIGTERM', onInterrupt);

	let figures: Figure[];
	let chromiumVersion: string;
	try {
		host = await serveBuild(join(ROOT, 'build'));
		log(`serving build/ at ${host.baseUrl}`);
		const chromiumPath = findChromium();
		browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
		chromiumVersion = browser.version();
		const context = { baseUrl: host.baseUrl, browser, chromiumPath, routes: built };
		figures = await collectFigures(MEASURES, built, context, {
			runs: options.runs,
			sizeOnly: options.sizeOnly,
			log
		});
	} finally {
		await cleanUp();
		process.off('SIGINT', onInterrupt);
		process.off('SIGTERM', onInterrupt);
	}

	const violations = evaluateBudgets(figures, budgets);
	const failed = failureLines(figures);
	console.log(
		`\nFahm bench: ${options.sizeOnly ? 'size budgets only' : 'all figures'}, median of ${options.runs} run(s)\n`
	);
	console.log(reportTable(figures, budgets));
	if (missing.length > 0)
		console.log(`\nnot built yet, not measured: ${missing.map((r) => r.path).join(', ')}`);

	writeFileSync(
		RESULTS,
		`${JSON.stringify(
			{
				date: new Date().toISOString(),
				commit: gitCommit(ROOT),
				machine: describeMachine(chromiumVersion),
				options: { runs: options.runs, sizeOnly: options.sizeOnly, budgets: options.budgets },
				routes: { measured: built.map((r) => r.path), notBuilt: missing.map((r) => r.path) },
				figures: figures.map(figureJson),
				violations: violations.map(violationJson),
				passed: violations.length === 0 && failed.length === 0
			},
			null,
			'\t'
		)}\n`
	);
	console.log(`\nresults: ${RESULTS}`);

	for (const line of failed) console.error(`FAILED to measure ${line}`);
	if (violations.length > 0) {
		console.error(`\n${violations.length} budget(s) broken (${options.budgets}):`);
		for (const v of violations) console.error(`  ${describeViolation(v)}`);
	}
	if (violations.length > 0 || failed.length > 0) return 1;
	console.log('every budget kept');
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
		process.exit(1);
	}
);
