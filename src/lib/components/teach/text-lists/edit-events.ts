/**
 * Edits made by buttons (add, remove, move, a word picked as a gap) fire no input or change event
 * of their own; the set editor records an undo step and autosaves on the form's change events, so
 * these edits announce themselves with one, bubbling from the control that made them.
 */
export function announceEdit(control: Element | null | undefined): void {
	control?.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Moves focus to the element `id`, if it is on the page and can take focus. */
export function focusId(id: string): void {
	const element = document.getElementById(id);
	if (element instanceof HTMLElement && !(element as HTMLButtonElement).disabled) element.focus();
}
