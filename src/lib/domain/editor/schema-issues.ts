/**
 * Valibot's issues as editor issues: the field's dotted path and a code saying what is wrong,
 * read from the kind of check that failed (an empty text, a list too short, an unmarked answer).
 */
import type * as v from 'valibot';
import type { EditorIssue } from './types';

/** The dotted path of an issue below `prefix` (`questions.2`), e.g. `questions.2.options.1.text`. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): string {
	const keys = (issue.path ?? []).map((step) => String(step.key));
	return [prefix, ...keys].filter(Boolean).join('.');
}

const lastKey = (issue: v.BaseIssue<unknown>): string =>
	String(issue.path?.at(-1)?.key ?? (issue.type === 'variant' ? 'kind' : ''));

/** The editor issue for one schema issue of a field at `path`. */
export function fromSchemaIssue(issue: v.BaseIssue<unknown>, path: string): EditorIssue {
	const field = lastKey(issue);
	const min = Number(issue.requirement);
	const at = (code: EditorIssue['code'], params: EditorIssue['params'] = {}): EditorIssue => ({
		path,
		code,
		params
	});
	switch (issue.type) {
		case 'min_length':
			if (typeof issue.input === 'string') return at('empty');
			if (field === 'evidence') return at('no-evidence');
			return at('too-few', { what: field, min });
		case 'string':
			if (field === 'sentence') return at('no-sentence');
			return at('empty');
		case 'regex':
			if (field === 'sentence') return at('no-sentence');
			if (issue.input === '') return at('empty');
			return at('bad-id', { id: String(issue.input) });
		case 'picklist':
		case 'variant':
		case 'literal':
			return at('choose', { field: field === '' ? 'kind' : field });
		case 'number':
			return at('not-number');
		case 'integer':
			return at('not-whole');
		case 'min_value':
			return at('too-small', { min });
		case 'max_value':
			return at('too-large', { max: Number(issue.requirement) });
		case 'check':
			return checkIssue(issue, path);
		default:
			return at('other', { detail: issue.message });
	}
}

/** The kinds' own checks: the option marking and unique ids. */
function checkIssue(issue: v.BaseIssue<unknown>, path: string): EditorIssue {
	if (/option correct/.test(issue.message)) {
		const options = Array.isArray(issue.input) ? (issue.input as { correct?: unknown }[]) : [];
		const count = options.filter((o) => o?.correct === true).length;
		return count === 0
			? { path, code: 'no-correct', params: {} }
			: { path, code: 'several-correct', params: { count } };
	}
	const same = /^two (\w+) have the same id$/.exec(issue.message);
	if (same) return { path, code: 'duplicate-id', params: { what: same[1]! } };
	return { path, code: 'other', params: { detail: issue.message } };
}
