import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * How the browser tests and the bench launch Chromium: its background connections are refused by
 * the closed network, many at a time, and would fail tests and skew timings.
 */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * The Chromium the browser tests drive: $CHROME_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download. Throws, naming how to get one, when none is there: browser tests
 * never skip silently.
 */
export function findChromium(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', playwrightsOwn()];
	for (const path of candidates) if (path && existsSync(path)) return path;
	throw new Error(
		[
			'No Chromium found for the end-to-end tests. Looked at:',
			`  CHROME_PATH=${process.env.CHROME_PATH ?? '(unset)'}`,
			'  /usr/bin/chromium',
			`  ${playwrightsOwn() ?? "Playwright's browser (not installed)"}`,
			'Install one: `sudo apt-get install chromium` (Debian/Ubuntu), or',
			'`npx playwright install chromium`, or set CHROME_PATH to a Chromium or Chrome binary.'
		].join('\n')
	);
}

function playwrightsOwn(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
