/**
 * The app's own Vite config plus one plugin that writes, for every client chunk, the modules it
 * holds and their rendered code (`chunks.json` in the kit output dir). Used by
 * `npm run bench:chunks` on a scratch build (FAHM_KIT_DIR, FAHM_BUILD_DIR): the shipped build has
 * no source maps and no such file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { mergeConfig } from 'vitest/config';
import appConfig from '../../vite.config';
import type { ChunkRecord } from '../lib/breakdown';

function recordChunks(): Plugin {
	return {
		name: 'fahm-record-chunks',
		apply: 'build',
		generateBundle(options, bundle) {
			if (!options.dir?.includes(join('output', 'client'))) return;
			const chunks: ChunkRecord[] = [];
			for (const item of Object.values(bundle)) {
				if (item.type !== 'chunk') continue;
				chunks.push({
					file: item.fileName,
					modules: Object.entries(item.modules).map(([id, m]) => ({
						id,
						code: m.code ?? ''
					}))
				});
			}
			writeFileSync(join(options.dir, '..', 'chunks.json'), JSON.stringify(chunks));
		}
	};
}

export default mergeConfig(appConfig, { plugins: [recordChunks()] });
