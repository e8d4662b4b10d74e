import { toJsonSchema } from '@valibot/to-json-schema';
import { BundleSchema } from './bundle';

/** Where the generated schema is published, relative to the repository root. */
export const BUNDLE_SCHEMA_PATH = 'static/schema/lesson-bundle.schema.json';

/** The JSON Schema (draft-07) of a lesson bundle, generated from `BundleSchema`. */
export function bundleJsonSchema(): Record<string, unknown> {
	return {
		// trim and the custom checks (one correct option, unique ids) have no JSON Schema form;
		// `fahm check` still enforces them.
		...toJsonSchema(BundleSchema, { ignoreActions: ['trim', 'check'] }),
		$id: 'https://fahm.app/schema/lesson-bundle.schema.json',
		title: 'Fahm lesson bundle',
		description:
			'An Arabic article as Fahm teaches it: blocks, sentences and tokens (with vowelled forms, clitic segments and lemma links), glossary, expressions, entities, and the question sets about the article. Joining every token text and ws block by block, with one line break between blocks, gives the source text.'
	};
}
