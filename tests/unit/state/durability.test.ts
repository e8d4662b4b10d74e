import { afterEach, expect, it, vi } from 'vitest';
import { Durability } from '../../../src/lib/state/durability.svelte';
import { announceProgress, onProgressChange } from '../../../src/lib/state/progress-channel';

afterEach(() => vi.unstubAllGlobals());

it('asks the browser to keep storage once, when the first progress is saved, and keeps its answer', async () => {
	const persist = vi.fn(async () => false);
	vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
	const durability = new Durability();
	await durability.check();
	expect([durability.asked, durability.persistence]).toEqual([false, 'unknown']);
	await durability.progressSaved();
	await durability.progressSaved();
	expect(persist).toHaveBeenCalledTimes(1);
	expect([durability.asked, durability.persistence]).toEqual([true, 'denied']);
});

it('does not ask again when storage is already kept', async () => {
	const persist = vi.fn(async () => true);
	vi.stubGlobal('navigator', { storage: { persist, persisted: async () => true } });
	const durability = new Durability();
	await durability.check();
	await durability.progressSaved();
	expect(persist).not.toHaveBeenCalled();
	expect(durability.persistence).toBe('granted');
});

it('says when a browser cannot be asked, and remembers a full disk', async () => {
	vi.stubGlobal('navigator', {});
	const durability = new Durability();
	await durability.progressSaved();
	expect(durability.persistence).toBe('unsupported');
	durability.reportFull();
	expect(durability.full).toBe(true);
});

it('tells the other tabs what changed', async () => {
	vi.stubGlobal('navigator', {});
	const heard: string[] = [];
	const stop = onProgressChange((change) => heard.push(change));
	announceProgress('reviewCards');
	announceProgress('savedWords');
	await vi.waitFor(() => expect(heard).toEqual(['reviewCards', 'savedWords']));
	stop();
});
