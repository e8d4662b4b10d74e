/** Matching in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'matching'> = {
	kind: 'matching',
	Player: () => import('./MatchingPlayer.svelte'),
	label: () => m.quiz_kind_matching(),
	Editor: () => import('./MatchingEditor.svelte')
};
