/** Short answer in the browser: its player and its name in the UI (its editor: editor.ts). */
import type { KindView } from '$lib/components/questions/player';
import { label } from './label';

export const view: KindView<'short-answer'> = {
	kind: 'short-answer',
	Player: () => import('./ShortAnswerPlayer.svelte'),
	label
};
