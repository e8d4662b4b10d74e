/** Moving keyboard focus after an editor action, once the DOM shows the action's result. */
import { tick } from 'svelte';
import { fieldId } from './fields/field-id';
import { QUESTIONS_HEADING, questionHeadingId, questionPrefix, SET_PREFIX } from './editor-model';

/** Focuses the element with `id` after the next update; false when there is none. */
export async function focusById(id: string): Promise<boolean> {
	await tick();
	const element = document.getElementById(id);
	if (!element) return false;
	element.focus();
	return true;
}

/**
 * The element a problem at `path` (a set path: `title.en`, `questions.2.options.1.text`) points
 * to: the field itself, else the nearest enclosing part that has an id (`options`, then the
 * question's heading), so a problem of a whole list still leads somewhere.
 */
export function problemTarget(path: string, root: ParentNode = document): HTMLElement | undefined {
	const parts = path.split('.');
	const inQuestion = parts[0] === 'questions' && /^\d+$/u.test(parts[1] ?? '');
	const prefix = inQuestion ? questionPrefix(Number(parts[1])) : SET_PREFIX;
	const rest = inQuestion ? parts.slice(2) : parts;
	for (let n = rest.length; n > 0; n--) {
		const id = fieldId(prefix, rest.slice(0, n).join('.'));
		const found = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
		if (found) return found;
	}
	const fallback = inQuestion
		? questionHeadingId(Number(parts[1]))
		: parts[0] === 'title'
			? fieldId(prefix, 'title.en')
			: QUESTIONS_HEADING;
	return root.querySelector<HTMLElement>(`#${CSS.escape(fallback)}`) ?? undefined;
}
