import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bundleJsonSchema, BUNDLE_SCHEMA_PATH } from '../../src/lib/interop/bundle-json-schema';
import type { Command } from '../command';

export const schema: Command = {
	name: 'schema',
	usage: 'schema [--write]',
	summary: `print the bundle's JSON Schema; --write saves it to ${BUNDLE_SCHEMA_PATH}`,
	async run(args) {
		const text = JSON.stringify(bundleJsonSchema(), null, '\t') + '\n';
		if (args.includes('--write')) {
			mkdirSync(dirname(BUNDLE_SCHEMA_PATH), { recursive: true });
			writeFileSync(BUNDLE_SCHEMA_PATH, text);
			console.log(`wrote ${BUNDLE_SCHEMA_PATH}`);
		} else process.stdout.write(text);
		return 0;
	}
};
