/** Free response in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'free-response'> = {
	kind: 'free-response',
	Player: () => import('./FreeResponsePlayer.svelte'),
	label: () => m.quiz_kind_free_response(),
	Editor: () => import('./FreeResponseEditor.svelte')
};
