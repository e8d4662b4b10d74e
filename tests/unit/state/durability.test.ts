import { afterEach, expect, it, vi } from 'vitest';
import { Durability } from '../../../src/lib/state/durability.svelte';
import { reportMemoryMode, resetStorageMode } from '../../../src/lib/storage/storage-mode';
import { announceProgress, onProgressChange } from '../../../src/lib/state/progress-channel';

afterEach(() => {
	vi.unstubAllGlobals();
	resetStorageMode();
});

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

it('warns that progress lives in memory once storage falls back to it, without opening the database itself', async () => {
	vi.stubGlobal('navigator', {});
	const open = vi.fn();
	vi.stubGlobal('indexedDB', { open });
	const durability = new Durability();
	await durability.check();
	expect(durability.memoryOnly).toBe(false);
	reportMemoryMode();
	expect(durability.memoryOnly).toBe(true);
	expect(open).not.toHaveBeenCalled();
	// A notice mounted later (another page) learns it at once.
	const later = new Durability();
	await later.check();
	expect(later.memoryOnly).toBe(true);
});
