/**
 * Measures what the service worker keeps and how fast the reader reloads offline, for a build
 * directory served on a port of its own:
 *   npx tsx scripts/measure-offline.ts <build dir> [port] [runs]
 * Prints the precache (files and bytes, read back from the cache) and the median time of an
 * offline reload of the reader until its first word can be opened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/chromium';
import { SwitchServer } from '../tests/e2e/switch-server';

const [dir = 'build', port = '4399', runs = '7'] = process.argv.slice(2);
const server = new SwitchServer(dir);
await server.listen(Number(port));
const profile = mkdtempSync(join(tmpdir(), 'fahm-measure-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const page = await context.newPage();
	const reader = `http://127.0.0.1:${port}/read/shoigu-tehran-2023`;
	await page.goto(reader);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(async () => (await caches.keys()).length > 0);
	const precache = await page.evaluate(async () => {
		let files = 0;
		let bytes = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				files++;
				bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
			}
		}
		return { files, bytes };
	});
	await context.setOffline(true);
	const times: number[] = [];
	for (let i = 0; i < Number(runs); i++) {
		const start = Date.now();
		await page.reload();
		await page.getByRole('button', { name: 'وَزِيرُ', exact: true }).first().click();
		await page.getByRole('dialog').waitFor();
		times.push(Date.now() - start);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)]!;
	console.log(
		`${dir}: precache ${precache.files} files, ${(precache.bytes / 1024).toFixed(0)} KiB; ` +
			`offline reader reload to an open word: median ${median} ms (${times.join(', ')})`
	);
} finally {
	await context.close();
	await server.close();
	rmSync(profile, { recursive: true, force: true });
}
