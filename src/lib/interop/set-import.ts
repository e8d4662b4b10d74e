/**
 * Reading a question set from a file a teacher picked: a lesson bundle (`fahm export`, or a set
 * exported from the editor) or a bare question set. The file is held to the content schema and to
 * what `fahm check` adds (evidence sentences exist, both languages written...), and the result is
 * a report: what the set holds, or every problem with the place to fix it. Reading saves nothing.
 */
import * as v from 'valibot';
import { checkQuestionSets } from '../content/question-check';
import {
	QuestionSetSchema,
	SKILL_MESSAGE,
	type QuestionKind,
	type QuestionSet
} from '../content/question-schema';
import type { Lesson } from '../content/schema';
import { KINDS } from '../kinds';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundle';

/** What is wrong with a file, and where: the page words each kind in the teacher's language. */
export type ImportProblem =
	| { kind: 'not-json'; line: number; column: number }
	| { kind: 'not-a-set' }
	| { kind: 'newer-version'; version: number }
	| { kind: 'set-count'; count: number }
	| { kind: 'unknown-lesson'; lesson: string }
	/** A field that breaks the content schema or a `fahm check` rule; `message` is the schema's. */
	| { kind: 'field'; path: string; message: string };

export interface ImportedSet {
	/** The set as parsed by the schema, defaults filled in. */
	set: QuestionSet;
	lesson: Lesson;
	/** How many questions of each kind, in the kinds' order, kinds with none left out. */
	byKind: { kind: QuestionKind; count: number }[];
}

export type ImportReport =
	{ ok: true; imported: ImportedSet } | { ok: false; problems: ImportProblem[] };

const fail = (...problems: ImportProblem[]): ImportReport => ({ ok: false, problems });

/** Line and column (from 1) of a character offset. */
function place(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

function parseJson(text: string): { value: unknown } | ImportProblem {
	try {
		return { value: JSON.parse(text) };
	} catch (error) {
		// Engines name the offset ("at position 42"); the end of the text when it stops short.
		const at = /position (\d+)/u.exec((error as Error).message);
		return { kind: 'not-json', ...place(text, at ? Number(at[1]) : text.length) };
	}
}

/** `questions[3].options[1].text` for a valibot issue's path. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
	return (issue.path ?? [])
		.map((step) => (typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`))
		.join('')
		.replace(/^\./u, '');
}

function fieldProblem(issue: v.BaseIssue<unknown>): ImportProblem {
	const path = issuePath(issue);
	let message = issue.message;
	if (issue.received === 'undefined')
		message = path === 'skill' || path.endsWith('.skill') ? SKILL_MESSAGE : 'this field is missing';
	return { kind: 'field', path: path || '(whole set)', message };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** The one set a file holds, unparsed, or why there is none. */
function setIn(value: unknown): { raw: unknown } | ImportProblem {
	if (!isObject(value)) return { kind: 'not-a-set' };
	if (value.format === BUNDLE_FORMAT) {
		if (typeof value.version === 'number' && value.version > BUNDLE_VERSION)
			return { kind: 'newer-version', version: value.version };
		const sets = Array.isArray(value.questionSets) ? value.questionSets : [];
		return sets.length === 1 ? { raw: sets[0] } : { kind: 'set-count', count: sets.length };
	}
	return 'questions' in value ? { raw: value } : { kind: 'not-a-set' };
}

/** Turns a `fahm check` problem (named by set or question id) into a path in the set. */
function checkPath(set: QuestionSet, id: string, field: string): string {
	const index = set.questions.findIndex((q) => q.id === id);
	if (index < 0) return field;
	return `questions[${index}]${field.startsWith('[') ? '' : '.'}${field}`;
}

/**
 * Reads a file's text as a question set about one of the app's lessons (`loadLesson` finds them).
 * Problems come in file order; an empty file, a bundle of another version, a set about a lesson
 * the app does not have, each stop the reading where it is.
 */
export async function readSetFile(
	text: string,
	loadLesson: (id: string) => Promise<Lesson | undefined>
): Promise<ImportReport> {
	const json = parseJson(text.replace(/^\ufeff/u, ''));
	if ('kind' in json) return fail(json);
	const found = setIn(json.value);
	if ('kind' in found) return fail(found);
	const parsed = v.safeParse(QuestionSetSchema, found.raw);
	if (!parsed.success) return fail(...parsed.issues.map(fieldProblem));
	const set = parsed.output;
	const lesson = await loadLesson(set.article);
	if (!lesson) return fail({ kind: 'unknown-lesson', lesson: set.article });
	const checked = checkQuestionSets([found.raw], lesson);
	if (checked.length)
		return fail(
			...checked.map((p): ImportProblem => ({
				kind: 'field',
				path: checkPath(set, p.id, p.field),
				message: p.message
			}))
		);
	const byKind = KINDS.map((k) => ({
		kind: k.kind as QuestionKind,
		count: set.questions.filter((q) => q.kind === k.kind).length
	})).filter((k) => k.count > 0);
	return { ok: true, imported: { set, lesson, byKind } };
}

/** `id`, or when it is taken, the first free `id-2`, `id-3`... (an import never overwrites). */
export function freeSetId(id: string, taken: ReadonlySet<string>): string {
	if (!taken.has(id)) return id;
	let n = 2;
	while (taken.has(`${id}-${n}`)) n++;
	return `${id}-${n}`;
}
