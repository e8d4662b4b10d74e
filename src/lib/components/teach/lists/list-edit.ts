/**
 * Small pure helpers for the editors' lists (options, pairs, items, distractors): new ids, moving
 * an entry, where focus goes after a removal, and a control name with its item part hidden.
 */
import { tick } from 'svelte';

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

/** Focuses the element with `id` once the DOM has caught up with the last change. */
export async function focusById(id: string): Promise<void> {
	await tick();
	document.getElementById(id)?.focus();
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
