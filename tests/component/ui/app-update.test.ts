import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import AppStatus from '../../../src/lib/components/ui/AppStatus.svelte';
import { AppUpdate, SKIP_WAITING } from '../../../src/lib/state/app-update.svelte';
import { applyUpdate } from '../../../src/lib/state/apply-update';
import { Install, isAppleMobile } from '../../../src/lib/state/install.svelte';
import { promptInstall } from '../../../src/lib/state/install-prompt';

/** A service worker as the page sees it: its state and the messages posted to it. */
function worker(state: ServiceWorkerState) {
	const posted: unknown[] = [];
	const target = Object.assign(new EventTarget(), {
		state,
		postMessage: (message: unknown) => posted.push(message)
	});
	return { worker: target as unknown as ServiceWorker, posted };
}

/** navigator.serviceWorker with a registration; `controlled` when a worker runs the page. */
function container(controlled: boolean, waiting?: ServiceWorker) {
	const registration = Object.assign(new EventTarget(), {
		waiting: waiting ?? null,
		installing: null as ServiceWorker | null,
		update: () => Promise.resolve()
	});
	const target = Object.assign(new EventTarget(), {
		controller: controlled ? ({} as ServiceWorker) : null,
		ready: Promise.resolve(registration)
	});
	return { container: target as unknown as ServiceWorkerContainer, registration };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('app update', () => {
	it('offers a waiting version, saves answers first, and reloads only once the new worker controls the page', async () => {
		const steps: string[] = [];
		const { worker: waiting, posted } = worker('installed');
		const { container: sw } = container(true, waiting);
		const update = new AppUpdate({ reload: () => void steps.push('reload') });
		update.watch(sw);
		await settle();
		expect(update.available).toBe(true);
		await applyUpdate(update, async () => void steps.push('flush'));
		expect(steps).toEqual(['flush']);
		expect(posted).toEqual([SKIP_WAITING]);
		sw.dispatchEvent(new Event('controllerchange'));
		expect(steps).toEqual(['flush', 'reload']);
	});

	it('offers a version that finishes installing while the page is open', async () => {
		const { container: sw, registration } = container(true);
		const update = new AppUpdate({ reload: () => {} });
		update.watch(sw);
		await settle();
		expect(update.available).toBe(false);
		const { worker: installing } = worker('installing');
		registration.installing = installing;
		registration.dispatchEvent(new Event('updatefound'));
		Object.assign(installing, { state: 'installed' });
		installing.dispatchEvent(new Event('statechange'));
		expect(update.available).toBe(true);
	});

	it('never reloads by itself: the first install taking control changes nothing', async () => {
		const reload = vi.fn();
		const { container: sw } = container(false);
		const update = new AppUpdate({ reload });
		update.watch(sw);
		await settle();
		sw.dispatchEvent(new Event('controllerchange'));
		expect([update.available, reload.mock.calls.length]).toEqual([false, 0]);
	});
});

describe('update notice', () => {
	it('offers Reload under the header when a new version waits', async () => {
		const { worker: waiting } = worker('installed');
		const { container: sw } = container(true, waiting);
		vi.stubGlobal('navigator', { ...navigator, serviceWorker: sw });
		render(AppStatus);
		expect(
			await screen.findByText(/^Update available: a new version of Fahm/u)
		).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
		vi.unstubAllGlobals();
	});
});

describe('offline indicator', () => {
	it('says the app is offline and that nothing is turned off, and goes when the network is back', async () => {
		render(AppStatus);
		const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
		window.dispatchEvent(new Event('offline'));
		expect(await screen.findByText(/^Offline\. Nothing is turned off/u)).toBeInTheDocument();
		onLine.mockReturnValue(true);
		window.dispatchEvent(new Event('online'));
		await vi.waitFor(() => expect(screen.queryByText(/^Offline/u)).not.toBeInTheDocument());
		onLine.mockRestore();
	});
});

describe('install', () => {
	it("offers the browser's prompt when it fires beforeinstallprompt, and is done once accepted", async () => {
		const install = new Install();
		install.watch(window);
		expect(install.way).toBe('menu');
		const prompt = vi.fn(async () => {});
		const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt,
			userChoice: Promise.resolve({ outcome: 'accepted' as const })
		});
		window.dispatchEvent(event);
		expect([install.way, event.defaultPrevented]).toEqual(['prompt', true]);
		await promptInstall(install);
		expect([prompt.mock.calls.length, install.way]).toEqual([1, 'installed']);
	});

	it("falls back to the browser menu's instructions once the prompt is dismissed, and never shows it twice", async () => {
		const install = new Install();
		const stop = install.watch(window);
		const prompt = vi.fn(async () => {});
		const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt,
			userChoice: Promise.resolve({ outcome: 'dismissed' as const })
		});
		window.dispatchEvent(event);
		await promptInstall(install);
		await promptInstall(install);
		stop();
		expect([prompt.mock.calls.length, install.way]).toEqual([1, 'menu']);
	});

	it('gives Share instructions on iPhone and iPad (iPadOS says it is a Mac with touch)', () => {
		const iPhone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1';
		const iPad = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15';
		expect([isAppleMobile(iPhone, 5), isAppleMobile(iPad, 5), isAppleMobile(iPad, 0)]).toEqual([
			true,
			true,
			false
		]);
	});
});
