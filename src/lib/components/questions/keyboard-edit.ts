/** Edits the on-screen keyboard makes to a text field's value: pure, caret in and caret out. */

export interface Edit {
	value: string;
	/** Where the caret goes afterwards (a UTF-16 index, as `selectionStart` counts). */
	caret: number;
}

/** Puts `text` in place of the selection `start..end` (or at the caret when they are equal). */
export function insertText(value: string, start: number, end: number, text: string): Edit {
	return { value: value.slice(0, start) + text + value.slice(end), caret: start + text.length };
}

/**
 * Deletes the selection, or the one character before the caret. A vowel mark is a character of
 * its own here, so a wrong mark can be taken off without retyping its letter.
 */
export function deleteBefore(value: string, start: number, end: number): Edit {
	if (start !== end) return { value: value.slice(0, start) + value.slice(end), caret: start };
	if (start === 0) return { value, caret: 0 };
	// Step over a whole surrogate pair, never half of one.
	const low = value.charCodeAt(start - 1);
	const width = low >= 0xdc00 && low <= 0xdfff && start > 1 ? 2 : 1;
	return { value: value.slice(0, start - width) + value.slice(end), caret: start - width };
}
