/** Evidence in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'evidence'> = {
	kind: 'evidence',
	Player: () => import('./EvidencePlayer.svelte'),
	label: () => m.quiz_kind_evidence(),
	Editor: () => import('./EvidenceEditor.svelte')
};
