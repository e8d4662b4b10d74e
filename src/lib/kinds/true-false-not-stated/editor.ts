/** The kind's editor, loaded by the teacher's pages only (components/teach/editors.ts). */
import type { EditorEntry } from '$lib/components/questions/player';

export const editor: EditorEntry<'true-false-not-stated'> = {
	kind: 'true-false-not-stated',
	Editor: () => import('./TrueFalseNotStatedEditor.svelte')
};
