/**
 * Takes the install sheet's screenshots (static/screenshots/) from a served production build:
 * the reader with a word's details open, narrow (a phone) and wide (a desktop). Usage, with the
 * build served (npm start, or vite preview on another port):
 *   npx tsx scripts/manifest-screenshots.ts [http://127.0.0.1:4173]
 */
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const shots = [
	{ file: 'static/screenshots/reader-narrow.png', width: 390, height: 844 },
	{ file: 'static/screenshots/reader-wide.png', width: 1280, height: 800 }
];

const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	for (const { file, width, height } of shots) {
		const page = await browser.newPage({ viewport: { width, height } });
		await page.goto(`${base}/read/shoigu-tehran-2023`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'وَزِيرُ', exact: true }).first().click();
		await page.getByRole('dialog').waitFor();
		await page.evaluate(() => document.fonts.ready);
		await page.screenshot({ path: file });
		await page.close();
		console.log(`${file}: ${width}x${height}`);
	}
} finally {
	await browser.close();
}
