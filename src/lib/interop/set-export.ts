/**
 * A teacher's question set as files: the `fahm export` bundle (JSON, the lesson with this one set,
 * valid against static/schema/lesson-bundle.schema.json) and a TypeScript module that drops into
 * src/lib/content/articles/<lesson>/ beside the lesson's question modules. Both are written from
 * the set as the schema parses it, so the output depends only on the set's content, not on the
 * order its fields were typed in.
 */
import type { QuestionSet } from '../content/question-schema';
import type { Lesson } from '../content/schema';
import { toBundle } from './bundle';

/** The file a set is saved as: its id (lowercase ASCII, digits, "-", ".") and the extension. */
export function setFileName(set: Pick<QuestionSet, 'id'>, extension: 'json' | 'ts'): string {
	return `${set.id}.${extension}`;
}

/** The set as a lesson bundle holding the lesson and this one set, tab-indented, ending in a newline. */
export function exportSetJson(lesson: Lesson, set: QuestionSet): string {
	return `${JSON.stringify(toBundle(lesson, [set]), null, '\t')}\n`;
}

// Characters that would be invisible or reorder the source in an editor (bidi controls, zero
// widths, line separators, controls) are written as escapes; Arabic letters and marks stay as
// they are, so the module reads like the hand-written ones.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
const ESCAPED = /[\0-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b' };

function escapeChar(ch: string): string {
	return SHORT[ch] ?? `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** A string literal, quoted as prettier quotes it (single, unless that needs more escapes). */
export function stringLiteral(text: string): string {
	const singles = text.split("'").length - 1;
	const doubles = text.split('"').length - 1;
	const quote = doubles < singles ? '"' : "'";
	const body = text
		.replaceAll('\\', '\\\\')
		.replaceAll(quote, `\\${quote}`)
		.replace(ESCAPED, escapeChar);
	return `${quote}${body}${quote}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;
const PRINT_WIDTH = 100;

function key(name: string): string {
	return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as source, its first line continuing `lead` at `depth` tabs. */
function literal(value: unknown, depth: number, lead: number): string {
	const pad = '\t'.repeat(depth + 1);
	const close = '\t'.repeat(depth);
	if (typeof value === 'string') return stringLiteral(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const items = value.map((item) => literal(item, depth + 1, 0));
		const flat = `[${items.join(', ')}]`;
		// Short lists of plain values fit on one line (tabs count two, as prettier counts them).
		if (!value.some((item) => typeof item === 'object') && lead + flat.length < PRINT_WIDTH)
			return flat;
		return `[\n${items.map((item) => pad + item).join(',\n')}\n${close}]`;
	}
	if (isPlainObject(value)) {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return '{}';
		const lines = entries.map(([name, v]) => {
			const head = `${key(name)}: `;
			return pad + head + literal(v, depth + 1, (depth + 1) * 2 + head.length + 1);
		});
		return `{\n${lines.join(',\n')}\n${close}}`;
	}
	throw new TypeError(`a question set holds no ${typeof value}`);
}

/** The exported constant's name: the set id in camelCase, ending in "Set". */
export function setConstName(id: string): string {
	const words = id.split(/[^a-z0-9]+/u).filter(Boolean);
	const camel = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
	return /^[a-z]/u.test(camel)
		? `${camel}Set`
		: `set${camel[0]?.toUpperCase() ?? ''}${camel.slice(1)}`;
}

/**
 * The set as a TypeScript module for src/lib/content/articles/<lesson>/<set id>.ts, typed like the
 * hand-written question modules (`satisfies QuestionSetInput`), formatted as prettier formats it.
 */
export function exportSetModule(set: QuestionSet): string {
	const name = setConstName(set.id);
	return [
		'/**',
		` * Question set ${set.id}, exported from the teacher editor. Save this file as`,
		` * src/lib/content/articles/${set.article}/${setFileName(set, 'ts')} and list it in that`,
		` * folder's questions.ts: import { ${name} } from './${set.id}'; then add ${name} to questionSets.`,
		' */',
		"import type { QuestionSetInput } from '../../question-schema';",
		'',
		`export const ${name} = ${literal(set, 0, 0)} satisfies QuestionSetInput;`,
		''
	].join('\n');
}
