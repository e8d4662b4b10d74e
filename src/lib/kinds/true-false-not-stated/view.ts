/** True / false / not stated in the browser: its player and its name in the UI (its editor: editor.ts). */
import type { KindView } from '$lib/components/questions/player';
import { label } from './label';

export const view: KindView<'true-false-not-stated'> = {
	kind: 'true-false-not-stated',
	Player: () => import('./TrueFalseNotStatedPlayer.svelte'),
	label
};
