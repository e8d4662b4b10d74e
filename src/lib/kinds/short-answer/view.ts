/** Short answer in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'short-answer'> = {
	kind: 'short-answer',
	Player: () => import('./ShortAnswerPlayer.svelte'),
	label: () => m.quiz_kind_short_answer(),
	Editor: () => import('./ShortAnswerEditor.svelte')
};
