/** The kind's editor, loaded by the teacher's pages only (components/teach/editors.ts). */
import type { EditorEntry } from '$lib/components/questions/player';

export const editor: EditorEntry<'free-response'> = {
	kind: 'free-response',
	Editor: () => import('./FreeResponseEditor.svelte')
};
