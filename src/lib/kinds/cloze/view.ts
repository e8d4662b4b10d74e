/** Cloze in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'cloze'> = {
	kind: 'cloze',
	Player: () => import('./ClozePlayer.svelte'),
	label: () => m.quiz_kind_cloze(),
	Editor: () => import('./ClozeEditor.svelte')
};
