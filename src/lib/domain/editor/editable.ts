/** A stored draft as a set the editor can bind its fields to, or undefined when it is not one. */
import type { QuestionInput } from '../../content/question-schema';
import type { EditableSet } from './types';

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * `draft` as an EditableSet: it must be an object with a text id and article and a list of
 * question objects, each with a kind; a title side that is missing becomes empty (the problems
 * list asks for it). Anything else is not a set and the editor does not open it.
 */
export function toEditable(draft: unknown): EditableSet | undefined {
	if (!isObject(draft) || typeof draft.id !== 'string' || typeof draft.article !== 'string')
		return undefined;
	const questions = draft.questions;
	if (
		!Array.isArray(questions) ||
		!questions.every((q) => isObject(q) && typeof q.kind === 'string')
	)
		return undefined;
	const title = isObject(draft.title) ? draft.title : {};
	const side = (x: unknown) => (typeof x === 'string' ? x : '');
	return {
		...structuredClone(draft),
		id: draft.id,
		article: draft.article,
		title: { en: side(title.en), ar: side(title.ar) },
		questions: structuredClone(questions) as QuestionInput[]
	};
}
