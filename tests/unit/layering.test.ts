/**
 * Components and pages reach storage only through state (src/lib/state): a component that opens
 * IndexedDB or localStorage itself would record practice its own way, with its own clock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const storage = join(root, 'src/lib/storage');

/** Every .ts and .svelte file below `dir`. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
	});
}

/** What a file imports (static, type-only and dynamic imports alike), as written. */
function importsOf(source: string): string[] {
	const specifiers = source.matchAll(
		/\b(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s*['"]([^'"]+)['"]/g
	);
	return [...specifiers].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** Whether an import written in `file` lands in src/lib/storage. */
function reachesStorage(file: string, specifier: string): boolean {
	const target = specifier.startsWith('$lib/')
		? join(root, 'src/lib', specifier.slice(5))
		: specifier.startsWith('.')
			? resolve(dirname(file), specifier)
			: undefined;
	return target !== undefined && (target === storage || target.startsWith(storage + '/'));
}

function storageImports(dir: string): string[] {
	return sourceFiles(join(root, dir)).flatMap((file) =>
		importsOf(readFileSync(file, 'utf8'))
			.filter((specifier) => reachesStorage(file, specifier))
			.map((specifier) => `${relative(root, file)} imports ${specifier}`)
	);
}

describe('layering', () => {
	it('finds storage imports of every form (the scan itself)', () => {
		const source = [
			"import { saveLocale } from '$lib/storage/preferences';",
			"import type { StorageErrorKind } from '../../storage/db';",
			"const m = await import('$lib/storage/attempts');",
			"import { m } from '$lib/paraglide/messages';"
		].join('\n');
		const file = join(root, 'src/lib/components/ui/Example.svelte');
		expect(importsOf(source).filter((s) => reachesStorage(file, s))).toEqual([
			'$lib/storage/preferences',
			'../../storage/db',
			'$lib/storage/attempts'
		]);
		// A component's own file named after storage is not storage.
		expect(reachesStorage(file, '../practice/storage-messages')).toBe(false);
	});

	it('no component imports storage: they go through state', () => {
		expect(storageImports('src/lib/components')).toEqual([]);
	});

	it('no route imports storage: they go through state', () => {
		expect(storageImports('src/routes')).toEqual([]);
	});
});
