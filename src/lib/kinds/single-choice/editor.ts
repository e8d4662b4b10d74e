/** The kind's editor, loaded by the teacher's pages only (components/teach/editors.ts). */
import type { EditorEntry } from '$lib/components/questions/player';

export const editor: EditorEntry<'single-choice'> = {
	kind: 'single-choice',
	Editor: () => import('./SingleChoiceEditor.svelte')
};
