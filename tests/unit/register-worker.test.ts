import { describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, registerWorkerWhenIdle, type WorkerHost } from '$lib/register-worker';

function host(options: { idle?: boolean; fails?: boolean } = {}) {
	const register = vi.fn(() =>
		options.fails ? Promise.reject(new Error('refused')) : Promise.resolve({})
	);
	const idle: { callback: () => void; timeout?: number }[] = [];
	const timers: (() => void)[] = [];
	const value = {
		serviceWorker: { register } as unknown as WorkerHost['serviceWorker'],
		requestIdleCallback: options.idle
			? (callback: () => void, opts?: { timeout: number }) =>
					idle.push({ callback, timeout: opts?.timeout })
			: undefined,
		setTimeout: (callback: () => void) => timers.push(callback)
	};
	return { value, register, idle, timers };
}

describe('registerWorkerWhenIdle', () => {
	it('registers the worker only once the browser is idle, not at once', () => {
		const { value, register, idle } = host({ idle: true });
		registerWorkerWhenIdle('/service-worker.js', 'classic', value);
		expect(register).not.toHaveBeenCalled();
		expect(idle).toHaveLength(1);
		// A page that is never idle still gets its worker, a few seconds later.
		expect(idle[0]!.timeout).toBe(IDLE_TIMEOUT_MS);
		idle[0]!.callback();
		expect(register).toHaveBeenCalledWith('/service-worker.js', { type: 'classic' });
	});

	it('waits for a task of its own where the browser has no idle callbacks', () => {
		const { value, register, timers } = host();
		registerWorkerWhenIdle('/app/service-worker.js', 'module', value);
		expect(register).not.toHaveBeenCalled();
		timers[0]!();
		expect(register).toHaveBeenCalledWith('/app/service-worker.js', { type: 'module' });
	});

	it('does nothing in a browser without service workers, and a refused worker throws nothing', async () => {
		const none = host({ idle: true });
		registerWorkerWhenIdle('/service-worker.js', 'classic', {
			...none.value,
			serviceWorker: undefined
		});
		expect(none.idle).toHaveLength(0);
		const refused = host({ idle: true, fails: true });
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		registerWorkerWhenIdle('/service-worker.js', 'classic', refused.value);
		refused.idle[0]!.callback();
		await new Promise((resolve) => setTimeout(resolve, 10));
		process.off('unhandledRejection', unhandled);
		expect(refused.register).toHaveBeenCalledOnce();
		expect(unhandled).not.toHaveBeenCalled();
	});

	it("uses the browser's own service workers and idle callbacks when given none", () => {
		const register = vi.fn(() => Promise.resolve({}));
		const idle: (() => void)[] = [];
		vi.stubGlobal('navigator', { serviceWorker: { register } });
		vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
		try {
			registerWorkerWhenIdle('/service-worker.js', 'classic');
			expect(register).not.toHaveBeenCalled();
			idle[0]!();
			expect(register).toHaveBeenCalledWith('/service-worker.js', { type: 'classic' });
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
