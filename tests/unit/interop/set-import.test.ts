import { beforeAll, describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import type { Lesson } from '../../../src/lib/content/schema';
import { exportSetJson } from '../../../src/lib/interop/set-export';
import { freeSetId, readSetFile, type ImportReport } from '../../../src/lib/interop/set-import';
import { fixtureInput, fixtureSet } from '../fixtures/question-set';

let lesson: Lesson;
beforeAll(async () => {
	lesson = (await loadLesson('shoigu-tehran-2023'))!;
});
const read = (text: string) => readSetFile(text, loadLesson);
const json = (value: unknown) => JSON.stringify(value, null, '\t');
/** The fixture set as written, with `change` made to a deep copy. */
function edited(change: (set: typeof fixtureInput) => void): string {
	const copy = structuredClone(fixtureInput);
	change(copy);
	return json(copy);
}
const problems = (report: ImportReport) => (report.ok ? [] : report.problems);

describe('a good file', () => {
	it('an exported bundle reads back as its set, with a count by kind', async () => {
		const report = await read(exportSetJson(lesson, fixtureSet));
		expect(report.ok).toBe(true);
		if (!report.ok) return;
		expect(report.imported.set).toEqual(fixtureSet);
		expect(report.imported.lesson.article.id).toBe('shoigu-tehran-2023');
		expect(report.imported.byKind).toEqual([
			{ kind: 'single-choice', count: 1 },
			{ kind: 'multiple-response', count: 1 },
			{ kind: 'true-false-not-stated', count: 1 },
			{ kind: 'short-answer', count: 4 },
			{ kind: 'numerical', count: 2 },
			{ kind: 'matching', count: 1 },
			{ kind: 'ordering', count: 1 },
			{ kind: 'cloze', count: 2 },
			{ kind: 'evidence', count: 1 },
			{ kind: 'free-response', count: 1 }
		]);
	});

	it('a bare question set as written (defaults left out, a byte order mark) reads too', async () => {
		const report = await read(`\ufeff${json(fixtureInput)}`);
		expect(report).toMatchObject({ ok: true, imported: { set: fixtureSet } });
	});
});

describe('a bad file says what is wrong and where', () => {
	it('an empty option text', async () => {
		const text = edited((set) => {
			(set.questions[0] as { options: { text: string }[] }).options[1]!.text = '   ';
		});
		expect(problems(await read(text))).toEqual([
			{ kind: 'field', path: 'questions[0].options[1].text', message: 'write something here' }
		]);
	});

	it('a missing skill and a missing explanation, each in its question', async () => {
		const text = edited((set) => {
			delete (set.questions[3] as { skill?: string }).skill;
			delete (set.questions[5] as { explanation?: unknown }).explanation;
		});
		expect(problems(await read(text))).toEqual([
			{
				kind: 'field',
				path: 'questions[3].skill',
				message:
					'name the reading skill: literal, inference, reference, vocabulary-in-context, main-idea, discourse, source'
			},
			{ kind: 'field', path: 'questions[5].explanation', message: 'this field is missing' }
		]);
	});

	it('an evidence sentence the article does not have', async () => {
		const text = edited((set) => {
			set.questions[1]!.evidence = ['p1.s1', 'p4.s9'];
		});
		expect(problems(await read(text))).toEqual([
			{
				kind: 'field',
				path: 'questions[1].evidence[1]',
				message: 'the article has no sentence "p4.s9"'
			}
		]);
	});

	it('a lesson the app does not have', async () => {
		const text = edited((set) => {
			set.article = 'cairo-metro-2024';
		});
		expect(problems(await read(text))).toEqual([
			{ kind: 'unknown-lesson', lesson: 'cairo-metro-2024' }
		]);
	});

	it('a bundle of a newer format version', async () => {
		const bundle = JSON.parse(exportSetJson(lesson, fixtureSet));
		expect(problems(await read(json({ ...bundle, version: 2 })))).toEqual([
			{ kind: 'newer-version', version: 2 }
		]);
	});

	it('a bundle with no set, or with two', async () => {
		const bundle = JSON.parse(exportSetJson(lesson, fixtureSet));
		expect(problems(await read(json({ ...bundle, questionSets: [] })))).toEqual([
			{ kind: 'set-count', count: 0 }
		]);
		const two = [bundle.questionSets[0], { ...bundle.questionSets[0], id: 'other' }];
		expect(problems(await read(json({ ...bundle, questionSets: two })))).toEqual([
			{ kind: 'set-count', count: 2 }
		]);
	});

	it('text that is not JSON, at its line and column', async () => {
		expect(problems(await read('{\n\t"id": "x",\n}\n'))).toEqual([
			{ kind: 'not-json', line: 3, column: 1 }
		]);
		expect(problems(await read('{\n\t"id": "x",\n\t"questions": ['))).toEqual([
			{ kind: 'not-json', line: 3, column: 16 }
		]);
		expect(problems(await read(''))).toEqual([{ kind: 'not-json', line: 1, column: 1 }]);
	});

	it('JSON that is not a question set', async () => {
		expect(problems(await read('[1, 2]'))).toEqual([{ kind: 'not-a-set' }]);
		expect(problems(await read('{"title": "my notes"}'))).toEqual([{ kind: 'not-a-set' }]);
	});
});

it('an id that is taken gets the first free number', () => {
	expect(freeSetId('my-set', new Set(['other']))).toBe('my-set');
	expect(freeSetId('my-set', new Set(['my-set', 'my-set-2']))).toBe('my-set-3');
});
