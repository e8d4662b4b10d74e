import { gzipBytes } from './assets';

/** One client chunk of a build, as the bundler rendered it: its file and the modules in it. */
export interface ChunkRecord {
	/** Path under the client output, e.g. `_app/immutable/chunks/abc123.js`. */
	file: string;
	modules: { id: string; code: string }[];
}

/** A module's share of a chunk, in gzip bytes. */
export interface ModuleShare {
	module: string;
	gzip: number;
}

/** A chunk a page loaded, with its real gzip size and what it holds. */
export interface ChunkShare {
	file: string;
	phase: 'first' | 'deferred';
	gzip: number;
	modules: ModuleShare[];
}

/**
 * A module id as a reader wants it: relative to the project, node_modules packages by package
 * path, Svelte's virtual CSS and query suffixes dropped.
 */
export function moduleLabel(id: string, root: string): string {
	let label = id.replace(/\?.*$/u, '').replace(/^\0/u, '');
	const inPackages = label.lastIndexOf('/node_modules/');
	if (inPackages >= 0) return label.slice(inPackages + '/node_modules/'.length);
	if (label.startsWith(`${root}/`)) label = label.slice(root.length + 1);
	return label;
}

/**
 * Splits a chunk's real gzip size between its modules: each module's code is gzipped alone and
 * the shares scaled so they add up to the chunk's figure (gzip works across module boundaries, so
 * a module's size alone is an estimate; the scaling keeps the totals exact). The bundler's code is
 * before minification, the chunk's after: the split is by proportion, not by byte.
 */
export function splitChunk(record: ChunkRecord, chunkGzip: number, root: string): ModuleShare[] {
	const alone = record.modules
		.filter((m) => m.code.trim().length > 0)
		.map((m) => ({
			module: moduleLabel(m.id, root),
			raw: gzipBytes(new TextEncoder().encode(m.code))
		}));
	const total = alone.reduce((sum, m) => sum + m.raw, 0);
	if (total === 0) return [{ module: '(bundler glue)', gzip: chunkGzip }];
	return alone
		.map((m) => ({ module: m.module, gzip: (m.raw / total) * chunkGzip }))
		.sort((a, b) => b.gzip - a.gzip);
}

/** Modules summed across chunks, heaviest first: a package or folder view of the same figures. */
export function sumByGroup(
	chunks: readonly ChunkShare[],
	group: (module: string) => string
): ModuleShare[] {
	const sums = new Map<string, number>();
	for (const chunk of chunks)
		for (const m of chunk.modules)
			sums.set(group(m.module), (sums.get(group(m.module)) ?? 0) + m.gzip);
	return [...sums].map(([module, gzip]) => ({ module, gzip })).sort((a, b) => b.gzip - a.gzip);
}

/** The group a module belongs to: its npm package, or its folder under src/ (two levels). */
export function moduleGroup(module: string): string {
	if (!module.startsWith('src/') && !module.startsWith('.svelte-kit/')) {
		const parts = module.split('/');
		return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? module);
	}
	const parts = module.split('/');
	return parts.slice(0, Math.min(parts.length - 1, 4)).join('/') || module;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The breakdown of one page as Markdown: chunks with their modules, then the groups. */
export function breakdownMarkdown(
	route: string,
	chunks: readonly ChunkShare[],
	minBytes = 100
): string {
	const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
	const deferred = chunks.filter((c) => c.phase === 'deferred').reduce((sum, c) => sum + c.gzip, 0);
	const lines = [
		`### ${route}: ${kb(total)} KB gzip JS (${kb(deferred)} KB of it deferred), ${chunks.length} chunks`,
		''
	];
	for (const chunk of [...chunks].sort((a, b) => b.gzip - a.gzip)) {
		lines.push(
			`- **${chunk.file}** ${kb(chunk.gzip)} KB${chunk.phase === 'deferred' ? ' (deferred)' : ''}`
		);
		const shown = chunk.modules.filter((m) => m.gzip >= minBytes);
		for (const m of shown) lines.push(`  - ${kb(m.gzip)} ${m.module}`);
		const rest = chunk.modules.filter((m) => m.gzip < minBytes);
		if (rest.length > 0)
			lines.push(
				`  - ${kb(rest.reduce((sum, m) => sum + m.gzip, 0))} ${rest.length} smaller modules`
			);
	}
	lines.push('', `By package or folder:`, '');
	for (const g of sumByGroup(chunks, moduleGroup))
		if (g.gzip >= minBytes) lines.push(`- ${kb(g.gzip)} ${g.module}`);
	return `${lines.join('\n')}\n`;
}
