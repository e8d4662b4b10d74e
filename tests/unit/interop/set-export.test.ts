import Ajv from 'ajv';
import { execFile } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import { QuestionSetSchema, type QuestionSet } from '../../../src/lib/content/question-schema';
import type { Lesson } from '../../../src/lib/content/schema';
import { BUNDLE_SCHEMA_PATH } from '../../../src/lib/interop/bundle-json-schema';
import { BundleSchema, fromBundle } from '../../../src/lib/interop/bundle';
import {
	exportSetJson,
	exportSetModule,
	setConstName,
	setFileName,
	stringLiteral
} from '../../../src/lib/interop/set-export';
import { fixtureInput } from '../fixtures/question-set';
import { fahm } from '../cli/run-fahm';

const run = promisify(execFile);
const LESSON = 'shoigu-tehran-2023';

/** The fixture set (every kind) with texts that are hard to quote: quotes, backslashes, bidi marks, line breaks. */
const tricky: QuestionSet = v.parse(QuestionSetSchema, {
	...fixtureInput,
	id: 'class-7b.tricky',
	title: {
		en: 'Ahmad\'s "hard" set \\ with a back\\slash',
		ar: 'أسئلة \u200fصعبة\u200f: «الفقرة 1»\nسطر ثانٍ'
	},
	questions: fixtureInput.questions.map((q, i) =>
		i === 0
			? {
					...q,
					prompt: {
						en: 'Which "word" isn\'t there?\tTab, and a line\u2028separator',
						ar: 'ما الكلمة \u202bالمكتوبة\u202c هنا؟ \\ ‹›'
					}
				}
			: q
	)
});

let lesson: Lesson;
beforeAll(async () => {
	lesson = (await loadLesson(LESSON))!;
});

describe('string literals', () => {
	it('escape what would break or hide in source, and keep Arabic as written', () => {
		expect(stringLiteral("it's")).toBe('"it\'s"');
		expect(stringLiteral('say "hi"')).toBe('\'say "hi"\'');
		expect(stringLiteral('a\\b\nc')).toBe("'a\\\\b\\nc'");
		expect(stringLiteral('بلاده\u200f')).toBe("'بلاده\\u200f'");
		expect(stringLiteral('\u2067x\u2069')).toBe("'\\u2067x\\u2069'");
		expect(stringLiteral('قَالَ')).toBe("'قَالَ'");
	});

	it('name the constant after the set id', () => {
		expect(setConstName('class-7b.tricky')).toBe('class7bTrickySet');
		expect(setConstName('7b-quiz')).toBe('set7bQuiz');
		expect(setFileName(tricky, 'ts')).toBe('class-7b.tricky.ts');
		expect(setFileName(tricky, 'json')).toBe('class-7b.tricky.json');
	});
});

describe('JSON export', () => {
	it('is valid against the published JSON Schema and reads back as the same set', () => {
		const json = JSON.parse(exportSetJson(lesson, tricky));
		const ajv = new Ajv({ allErrors: true });
		const validate = ajv.compile(JSON.parse(readFileSync(BUNDLE_SCHEMA_PATH, 'utf8')));
		expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
		expect(json).toMatchObject({ format: 'fahm-lesson', version: 1 });
		expect(fromBundle(v.parse(BundleSchema, json)).questionSets).toEqual([tricky]);
		// The schema is not a rubber stamp: the same file without its article fails it.
		expect(validate({ ...json, article: undefined })).toBe(false);
	});

	it('is the same text whatever order the set was written in', () => {
		const reordered = v.parse(
			QuestionSetSchema,
			Object.fromEntries(Object.entries(tricky).reverse())
		);
		expect(exportSetJson(lesson, reordered)).toBe(exportSetJson(lesson, tricky));
	});

	it('is accepted by `fahm check FILE`', { timeout: 60_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'fahm-set-json-'));
		const file = join(dir, setFileName(tricky, 'json'));
		writeFileSync(file, exportSetJson(lesson, tricky));
		const result = await fahm('check', file);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('fahm check: 1 file(s) OK\n');
		expect(result.code).toBe(0);
	});
});

describe('TypeScript module', () => {
	let copy: string;
	const setFile = () => join(copy, 'src/lib/content/articles', LESSON, setFileName(tricky, 'ts'));

	// A copy of the project with the module dropped into the lesson folder and listed in its
	// questions.ts, exactly as a teacher would add it.
	beforeAll(() => {
		copy = mkdtempSync(join(tmpdir(), 'fahm-set-ts-'));
		for (const part of ['src', 'bin', 'tsconfig.json', 'package.json', '.svelte-kit/tsconfig.json'])
			cpSync(part, join(copy, part), { recursive: true });
		symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
		writeFileSync(setFile(), exportSetModule(tricky));
		const listing = join(copy, 'src/lib/content/articles', LESSON, 'questions.ts');
		const name = setConstName(tricky.id);
		const source = readFileSync(listing, 'utf8')
			.replace(/^/u, `import { ${name} } from './${tricky.id}';\n`)
			.replace(
				/\n\] satisfies QuestionSetInput\[\];/u,
				`,\n\t${name}\n] satisfies QuestionSetInput[];`
			);
		expect(source).toContain(`\t${name}\n] satisfies`);
		writeFileSync(listing, source);
		mkdirSync(join(copy, 'config'));
		writeFileSync(
			join(copy, 'config/tsconfig.content.json'),
			JSON.stringify({
				extends: '../tsconfig.json',
				include: ['../src/lib/content/index.ts', '../src/lib/content/articles/**/*.ts']
			})
		);
	});
	afterAll(() => rmSync(copy, { recursive: true, force: true }));

	it('is formatted as prettier formats it', async () => {
		const text = exportSetModule(tricky);
		const options = await prettier.resolveConfig(resolve('src/lib/interop/set-export.ts'));
		expect(await prettier.format(text, { ...options, filepath: setFile() })).toBe(text);
	});

	it('holds the same set, every string intact', async () => {
		const module = (await import(/* @vite-ignore */ setFile())) as Record<string, unknown>;
		expect(v.parse(QuestionSetSchema, module[setConstName(tricky.id)])).toEqual(tricky);
	});

	it('passes the type check in the lesson folder', { timeout: 240_000 }, async () => {
		const tsc = resolve('node_modules/typescript/bin/tsc');
		const result = await run(
			process.execPath,
			[tsc, '--noEmit', '--listFiles', '-p', 'config/tsconfig.content.json'],
			{
				cwd: copy,
				encoding: 'utf8'
			}
		).catch((error: { stdout: string; code: number }) => error);
		const lines = result.stdout.trim().split('\n');
		// --listFiles: the checker read the module, and printed no error before the file list.
		expect(lines).toContain(setFile());
		expect(lines.filter((line) => line.includes('error TS'))).toEqual([]);
		expect('code' in result ? result.code : 0).toBe(0);
	});

	it('passes `fahm check` as one of the lesson sets', { timeout: 120_000 }, async () => {
		const result = await run(process.execPath, ['--import', 'tsx', 'bin/fahm.ts', 'check'], {
			cwd: copy,
			encoding: 'utf8'
		}).catch((error: { stdout: string; stderr: string }) => error);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('fahm check: 1 lesson(s) OK\n');
		const list = await run(process.execPath, ['--import', 'tsx', 'bin/fahm.ts', 'list', LESSON], {
			cwd: copy,
			encoding: 'utf8'
		});
		expect(list.stdout).toContain(`${tricky.id}: ${tricky.questions.length} questions`);
	});
});
