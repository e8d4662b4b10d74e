import { describe, expect, it } from 'vitest';
import { lazyByKey, lazyOnce } from '../../src/lib/lazy-once';

describe('lazyOnce', () => {
	it('loads once: later calls share the first result', async () => {
		let calls = 0;
		const load = lazyOnce(async () => ({ n: ++calls }));
		expect(load.loaded).toBeUndefined();
		const [a, b] = await Promise.all([load(), load()]);
		const c = await load();
		expect(calls).toBe(1);
		expect(a).toEqual({ n: 1 });
		expect(b).toBe(a);
		expect(c).toBe(a);
		expect(load.loaded).toBe(a);
	});

	it('forgets a failed load, so the next call tries again', async () => {
		let calls = 0;
		const load = lazyOnce(async () => {
			calls++;
			if (calls === 1) throw new Error('offline');
			return 'module';
		});
		await expect(load()).rejects.toThrow('offline');
		expect(load.loaded).toBeUndefined();
		await expect(load()).resolves.toBe('module');
		await expect(load()).resolves.toBe('module');
		expect(calls).toBe(2);
		expect(load.loaded).toBe('module');
	});
});

describe('lazyByKey', () => {
	it('loads each key once, apart, and tries a failed key again', async () => {
		const calls: string[] = [];
		const load = lazyByKey(async (key: string) => {
			calls.push(key);
			if (key === 'cloze' && calls.filter((k) => k === key).length === 1)
				throw new Error('offline');
			return `${key} player`;
		});
		expect(load.loaded('matching')).toBeUndefined();
		const [a, b] = await Promise.all([load('matching'), load('matching')]);
		expect(a).toBe('matching player');
		expect(b).toBe(a);
		await expect(load('cloze')).rejects.toThrow('offline');
		expect(load.loaded('cloze')).toBeUndefined();
		await expect(load('cloze')).resolves.toBe('cloze player');
		expect(load.loaded('cloze')).toBe('cloze player');
		expect(load.loaded('matching')).toBe('matching player');
		expect(calls).toEqual(['matching', 'cloze', 'cloze']);
	});
});
