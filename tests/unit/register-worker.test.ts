import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, registerWorkerWhenIdle } from '$lib/register-worker';

/** The browser's service workers and, with `idle`, its idle callbacks, stubbed. */
function browser(options: { idle?: boolean; fails?: boolean; workers?: boolean } = {}) {
	const register = vi.fn(() =>
		options.fails ? Promise.reject(new Error('refused')) : Promise.resolve({})
	);
	const idle: { callback: () => void; timeout?: number }[] = [];
	const timers: (() => void)[] = [];
	vi.stubGlobal('navigator', options.workers === false ? {} : { serviceWorker: { register } });
	vi.stubGlobal(
		'requestIdleCallback',
		options.idle
			? (callback: () => void, opts?: { timeout: number }) =>
					idle.push({ callback, timeout: opts?.timeout })
			: undefined
	);
	vi.stubGlobal('setTimeout', (callback: () => void) => timers.push(callback));
	return { register, idle, timers };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('registerWorkerWhenIdle', () => {
	it('registers the worker only once the browser is idle, not at once', () => {
		const { register, idle } = browser({ idle: true });
		registerWorkerWhenIdle('/service-worker.js', 'classic');
		expect(register).not.toHaveBeenCalled();
		expect(idle).toHaveLength(1);
		// A page that is never idle still gets its worker, a few seconds later.
		expect(idle[0]!.timeout).toBe(IDLE_TIMEOUT_MS);
		idle[0]!.callback();
		expect(register).toHaveBeenCalledWith('/service-worker.js', { type: 'classic' });
	});

	it('waits for a task of its own where the browser has no idle callbacks', () => {
		const { register, timers } = browser();
		registerWorkerWhenIdle('/app/service-worker.js', 'module');
		expect(register).not.toHaveBeenCalled();
		timers[0]!();
		expect(register).toHaveBeenCalledWith('/app/service-worker.js', { type: 'module' });
	});

	it('does nothing in a browser without service workers, and a refused worker throws nothing', async () => {
		const none = browser({ idle: true, workers: false });
		registerWorkerWhenIdle('/service-worker.js', 'classic');
		expect(none.idle).toHaveLength(0);
		vi.unstubAllGlobals();
		const refused = browser({ idle: true, fails: true });
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		registerWorkerWhenIdle('/service-worker.js', 'classic');
		refused.idle[0]!.callback();
		vi.unstubAllGlobals();
		await new Promise((resolve) => setTimeout(resolve, 10));
		process.off('unhandledRejection', unhandled);
		expect(refused.register).toHaveBeenCalledOnce();
		expect(unhandled).not.toHaveBeenCalled();
	});
});
