/**
 * Small helpers for the editors' lists (options, pairs, items, distractors, hints): new ids, moving
 * an entry, where focus goes after a removal, a control name with its item part hidden, and the
 * change event that reports an edit made by a button.
 */
import type { FieldProblems } from '$lib/components/questions/player';

/** What a list of one field per entry (TextList, BilingualList) passes on to EditableList. */
export interface FieldListProps {
	legend: string;
	note?: string;
	/** The visible label of entry `i` (from 0): "Hint 2". */
	itemLabel: (i: number) => string;
	/** How the list's buttons name entry `i`: "hint 2 of question 1". */
	itemName: (i: number) => string;
	addLabel: string;
	idPrefix: string;
	/** The list's path in the question; entry `i` is at `<path>.<i>`. */
	path: string;
	problems: FieldProblems;
}

/**
 * The next free id for a new entry of a list: `<stem>-<n>`, with n one past the list's length and
 * counted on while an entry already has it ("option-5" after four options; ids stay valid under
 * IdSchema: lowercase ASCII, digits and "-").
 */
export function nextId(taken: readonly string[], stem: string): string {
	const used = new Set(taken);
	let n = taken.length + 1;
	while (used.has(`${stem}-${n}`)) n += 1;
	return `${stem}-${n}`;
}

/** Moves `list[from]` by one place in place; false (and nothing moved) at either end. */
export function moveEntry<T>(list: T[], from: number, by: -1 | 1): boolean {
	const to = from + by;
	if (from < 0 || from >= list.length || to < 0 || to >= list.length) return false;
	list.splice(to, 0, ...list.splice(from, 1));
	return true;
}

/**
 * The index of the entry that takes focus after entry `removed` is gone from a list that now has
 * `length` entries: the one that moved into its place, else the one before; undefined when empty.
 */
export function neighbourAfterRemove(removed: number, length: number): number | undefined {
	if (length === 0) return undefined;
	return Math.min(removed, length - 1);
}

/**
 * A message such as "Move {item} up" cut around its item part, so the control shows "Move up" and
 * its accessible name still says "Move option 3 up" (the item part is visually hidden).
 */
export function splitAround(message: (args: { item: string }) => string): {
	before: string;
	after: string;
} {
	const mark = '\u0000';
	const [before = '', after = ''] = message({ item: mark }).split(mark);
	return { before, after };
}

/**
 * Edits made by buttons (add, remove, move, a word picked as a gap) fire no input or change event
 * of their own; the set editor records an undo step and autosaves on the form's change events, so
 * these edits announce themselves with one, bubbling from the element that made them.
 */
export function announceEdit(from: Element | null | undefined): void {
	from?.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The id an element of entry `from` has once the entry sits at `to`: ids follow the path
 * (`q1-options-2-text` -> `q1-options-1-text`), so focus can follow a moved entry.
 */
export function idAtIndex(
	id: string,
	entryId: (index: number) => string,
	from: number,
	to: number
) {
	const old = entryId(from);
	if (id !== old && !id.startsWith(`${old}-`)) return undefined;
	return entryId(to) + id.slice(old.length);
}
