import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

// E2E_PORT lets a second checkout run its browser tests beside a server already on 4173.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: /.*\.e2e\.ts$/u,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// One retry on CI: a check that fails twice is a failure; one that passes on the retry is reported
	// as flaky in the list and the JSON report, not hidden.
	retries: process.env.CI ? 1 : 0,
	// axe over a whole lesson page takes seconds on a loaded 2-core machine; 30 s was too tight.
	timeout: 90_000,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: findChromium(),
			args: CHROMIUM_ARGS
		},
		trace: 'retain-on-failure'
	},
	webServer: {
		// The production build, as users get it: prerendered pages and the service worker.
		command: `npm run build && vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
