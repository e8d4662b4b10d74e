/** The kind's editor, loaded by the teacher's pages only (components/teach/editors.ts). */
import type { EditorEntry } from '$lib/components/questions/player';

export const editor: EditorEntry<'cloze'> = {
	kind: 'cloze',
	Editor: () => import('./ClozeEditor.svelte')
};
