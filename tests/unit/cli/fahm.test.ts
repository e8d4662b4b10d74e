import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fahm } from './run-fahm';
import { BundleSchema, type Bundle } from '../../../src/lib/interop/bundle';

describe('fahm', { timeout: 30_000 }, () => {
	it('list prints the lesson ids, one a line', async () => {
		const { code, stdout } = await fahm('list');
		expect(code).toBe(0);
		expect(stdout.trim().split('\n')).toContain('shoigu-tehran-2023');
	});

	it('list with a lesson id prints every question with its kind, tier and skill', async () => {
		const { code, stdout } = await fahm('list', 'shoigu-tehran-2023');
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines[0]).toBe('shoigu-tehran-2023-comprehension: 65 questions (at least 3 per skill)');
		expect(lines[1]).toBe('  sc-purpose\tsingle-choice\ttier 1\tliteral');
		expect(lines).toHaveLength(67);
		expect(lines.at(-1)).toBe(
			'  skills: literal 21, inference 6, reference 6, vocabulary-in-context 8, main-idea 5, discourse 7, source 12'
		);
	});

	it('list of an unknown lesson fails and names the lessons there are', async () => {
		const { code, stderr } = await fahm('list', 'no-such-lesson');
		expect(code).toBe(1);
		expect(stderr).toContain('shoigu-tehran-2023');
	});

	it('check passes on the lessons as committed', async () => {
		const { code, stdout } = await fahm('check');
		expect(code).toBe(0);
		expect(stdout).toMatch(/OK/u);
	});

	it('export prints a bundle that matches the schema and spells the source', async () => {
		const { code, stdout } = await fahm('export', 'shoigu-tehran-2023');
		expect(code).toBe(0);
		const bundle = v.parse(BundleSchema, JSON.parse(stdout));
		const text = bundle.article.blocks
			.map((b) => b.sentences.flatMap((s) => s.tokens.map((t) => t.text + t.ws)).join(''))
			.join('\n');
		const source = readFileSync(
			'src/lib/content/articles/shoigu-tehran-2023/source.ar.txt',
			'utf8'
		);
		expect(text).toBe(source);
		expect(bundle.article.blocks.map((b) => b.kind).slice(0, 3)).toEqual([
			'headline',
			'dateline',
			'paragraph'
		]);
		const lemmas = new Set(bundle.glossary.map((g) => g.id));
		for (const b of bundle.article.blocks)
			for (const s of b.sentences)
				for (const t of s.tokens) if (t.kind === 'word') expect(lemmas.has(t.lemma)).toBe(true);
		expect(bundle.glossary.find((g) => g.root === 'عزز')).toMatchObject({
			gloss: expect.any(String)
		});
	});

	it('export of an unknown lesson fails and names the lessons there are', async () => {
		const { code, stderr } = await fahm('export', 'no-such-lesson');
		expect(code).toBe(1);
		expect(stderr).toContain('shoigu-tehran-2023');
	});

	it('check on a broken bundle fails and names file, id and field for each problem', async () => {
		const { stdout } = await fahm('export', 'shoigu-tehran-2023');
		const bundle = JSON.parse(stdout) as Bundle;
		const sentence = bundle.article.blocks[2]!.sentences[0]!;
		const token = sentence.tokens.find((t) => t.kind === 'word')!;
		if (token.kind === 'word') token.vocalized = 'كَتَبَ';
		bundle.glossary[0]!.root = 'abc';
		const file = join(mkdtempSync(join(tmpdir(), 'fahm-')), 'broken.json');
		writeFileSync(file, JSON.stringify(bundle));
		const schemaFail = await fahm('check', file);
		expect(schemaFail.code).toBe(1);
		expect(schemaFail.stderr).toContain(
			`${file}: ${bundle.glossary[0]!.id} root: a root is 3 or 4 bare Arabic letters`
		);
		bundle.glossary[0]!.root = null;
		writeFileSync(file, JSON.stringify(bundle));
		const invariantFail = await fahm('check', file);
		expect(invariantFail.code).toBe(1);
		expect(invariantFail.stderr).toMatch(
			new RegExp(`${file}: p1\\.s1 tokens\\[0\\]\\.vocalized: .*كتب`, 'u')
		);
	});

	it('check on a bundle holds its question sets to their skills', async () => {
		const { stdout } = await fahm('export', 'shoigu-tehran-2023');
		const bundle = JSON.parse(stdout) as Bundle;
		const file = join(mkdtempSync(join(tmpdir(), 'fahm-')), 'skills.json');
		writeFileSync(file, JSON.stringify(bundle));
		expect((await fahm('check', file)).code).toBe(0);
		const set = bundle.questionSets[0]!;
		// The seed set has 6 reference questions.
		set.minPerSkill = 7;
		writeFileSync(file, JSON.stringify(bundle));
		const { code, stderr } = await fahm('check', file);
		expect(code).toBe(1);
		expect(stderr).toContain(
			`${file}: shoigu-tehran-2023-comprehension minPerSkill: skill "reference" has 6 question(s); the set's minPerSkill asks for 7`
		);
	});

	it('check on a bundle fails when one Arabic text is removed, naming its id and field', async () => {
		const { stdout } = await fahm('export', 'shoigu-tehran-2023');
		const dir = mkdtempSync(join(tmpdir(), 'fahm-'));
		const question = JSON.parse(stdout) as Bundle;
		const q = question.questionSets[0]!.questions[0]!;
		delete (q.explanation as { ar?: string }).ar;
		const questionFile = join(dir, 'question.json');
		writeFileSync(questionFile, JSON.stringify(question));
		const questionFail = await fahm('check', questionFile);
		expect(questionFail.code).toBe(1);
		expect(questionFail.stderr).toContain(`${questionFile}: ${q.id} explanation.ar:`);

		const lesson = JSON.parse(stdout) as Bundle;
		const entry = lesson.glossary[0]!;
		delete entry.definitionAr;
		const lessonFile = join(dir, 'lesson.json');
		writeFileSync(lessonFile, JSON.stringify(lesson));
		const lessonFail = await fahm('check', lessonFile);
		expect(lessonFail.code).toBe(1);
		expect(lessonFail.stderr).toContain(`${lessonFile}: ${entry.id} definitionAr: missing`);
	});

	it('check on a file that is not JSON says so', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'fahm-')), 'bad.json');
		writeFileSync(file, '{"format": ');
		const { code, stderr } = await fahm('check', file);
		expect(code).toBe(1);
		expect(stderr).toContain(`${file}: (file) (whole): not readable JSON`);
	});

	it('an unknown command prints the usage and exits 2', async () => {
		const { code, stderr } = await fahm('frobnicate');
		expect(code).toBe(2);
		expect(stderr).toContain('Usage: npm run fahm -- <command>');
	});
});
