/** Multiple response in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'multiple-response'> = {
	kind: 'multiple-response',
	Player: () => import('./MultipleResponsePlayer.svelte'),
	label: () => m.quiz_kind_multiple_response(),
	Editor: () => import('./MultipleResponseEditor.svelte')
};
