/** Ordering in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'ordering'> = {
	kind: 'ordering',
	Player: () => import('./OrderingPlayer.svelte'),
	label: () => m.quiz_kind_ordering(),
	Editor: () => import('./OrderingEditor.svelte')
};
