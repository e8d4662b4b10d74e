import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { checkLesson, schemaProblems, type Problem } from '../../src/lib/content/check';
import { lessonIds, loadLesson, loadRawQuestionSets } from '../../src/lib/content/index';
import { checkQuestionSets } from '../../src/lib/content/question-check';
import { BundleSchema, fromBundle, type Bundle } from '../../src/lib/interop/bundle';
import type { Command } from '../command';

/** Where lesson modules live; each lesson's folder also holds its source text, `source.ar.txt`. */
export const ARTICLES_DIR = 'src/lib/content/articles';

interface Located extends Problem {
	file: string;
}

/** The module file in `dir` that defines `id`, so a problem points at the line to fix. */
function fileDefining(dir: string, id: string): string {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.ts')
	);
	const needle = `id: '${id}'`;
	const hit = files.find((f) => readFileSync(join(dir, f), 'utf8').includes(needle));
	return join(dir, hit ?? 'index.ts');
}

async function checkModules(): Promise<Located[]> {
	const found: Located[] = [];
	for (const id of lessonIds) {
		const dir = join(ARTICLES_DIR, id);
		const sourcePath = join(dir, 'source.ar.txt');
		const source = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : undefined;
		if (source === undefined)
			found.push({ file: sourcePath, id, field: '(file)', message: 'the source text is missing' });
		const lesson = await loadLesson(id);
		for (const p of checkLesson(lesson, source))
			found.push({ ...p, file: fileDefining(dir, p.id) });
		if (lesson)
			for (const p of checkQuestionSets(await loadRawQuestionSets(id), lesson))
				found.push({ ...p, file: fileDefining(dir, p.id) });
	}
	return found;
}

/** Problems that only a bundle can have: segments that do not spell their token. */
function segmentProblems(bundle: Bundle): Problem[] {
	return bundle.article.blocks.flatMap((block) =>
		block.sentences.flatMap((sentence) =>
			sentence.tokens.flatMap((token, i) =>
				token.kind === 'word' && token.segments.map((s) => s.text).join('') !== token.text
					? [
							{
								id: sentence.id,
								field: `tokens[${i}].segments`,
								message: `segments do not spell "${token.text}"`
							}
						]
					: []
			)
		)
	);
}

function checkFile(path: string): Located[] {
	const at = (problems: Problem[]) => problems.map((p) => ({ ...p, file: path }));
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return at([
			{ id: '(file)', field: '(whole)', message: `not readable JSON: ${(error as Error).message}` }
		]);
	}
	const parsed = v.safeParse(BundleSchema, data);
	if (!parsed.success) return at(schemaProblems(parsed.issues));
	const segments = segmentProblems(parsed.output);
	if (segments.length) return at(segments);
	const { lesson, questionSets } = fromBundle(parsed.output);
	return at([...checkLesson(lesson), ...checkQuestionSets(questionSets, lesson)]);
}

export const check: Command = {
	name: 'check',
	usage: 'check [bundle.json ...]',
	summary: 'validate every lesson module (or the given JSON bundles): schema and invariants',
	async run(files) {
		const problems = files.length ? files.flatMap(checkFile) : await checkModules();
		for (const p of problems) console.error(`${p.file}: ${p.id} ${p.field}: ${p.message}`);
		const what = files.length ? `${files.length} file(s)` : `${lessonIds.length} lesson(s)`;
		if (problems.length) {
			console.error(`\nfahm check: ${problems.length} problem(s) in ${what}`);
			return 1;
		}
		console.log(`fahm check: ${what} OK`);
		return 0;
	}
};
