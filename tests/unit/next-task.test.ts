import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/lib/next-task';

describe('nextTask', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('resolves in a later task: work already queued, and a timer set before it, runs first', async () => {
		const order: string[] = [];
		setTimeout(() => order.push('timer set before'));
		const later = nextTask().then(() => order.push('after the yield'));
		void Promise.resolve().then(() => order.push('microtask'));
		await later;
		expect(order).toEqual(['microtask', 'timer set before', 'after the yield']);
	});

	it('yields with scheduler.yield where the browser has it', async () => {
		const yieldToMain = vi.fn(() => Promise.resolve());
		vi.stubGlobal('scheduler', { yield: yieldToMain });
		await nextTask();
		expect(yieldToMain).toHaveBeenCalledOnce();
	});
});
