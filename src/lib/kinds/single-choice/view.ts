/** Single choice in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'single-choice'> = {
	kind: 'single-choice',
	Player: () => import('./SingleChoicePlayer.svelte'),
	label: () => m.quiz_kind_single_choice(),
	Editor: () => import('./SingleChoiceEditor.svelte')
};
