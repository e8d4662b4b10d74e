/** Cloze in the browser: its player and its name in the UI (its editor: editor.ts). */
import type { KindView } from '$lib/components/questions/player';
import { label } from './label';

export const view: KindView<'cloze'> = {
	kind: 'cloze',
	Player: () => import('./ClozePlayer.svelte'),
	label
};
