/** Numerical in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'numerical'> = {
	kind: 'numerical',
	Player: () => import('./NumericalPlayer.svelte'),
	label: () => m.quiz_kind_numerical(),
	Editor: () => import('./NumericalEditor.svelte')
};
