import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SKILLS } from '../../../src/lib/content/question-schema';
import { BUNDLE_SCHEMA_PATH, bundleJsonSchema } from '../../../src/lib/interop/bundle-json-schema';

it('the published JSON Schema is the one generated from the current schema', () => {
	const published = JSON.parse(readFileSync(BUNDLE_SCHEMA_PATH, 'utf8'));
	expect(published, 'run `npm run fahm -- schema --write`').toEqual(bundleJsonSchema());
	expect(published.properties.article.properties.blocks.type).toBe('array');
	expect(published.required).toEqual(expect.arrayContaining(['article', 'glossary']));
	const question = published.properties.questionSets.items.properties.questions.items;
	expect(question.oneOf.length).toBe(10);
	for (const kind of question.oneOf) {
		expect(kind.required).toEqual(expect.arrayContaining(['id', 'kind', 'skill']));
		expect(kind.properties.skill.enum).toEqual([...SKILLS]);
	}
});
