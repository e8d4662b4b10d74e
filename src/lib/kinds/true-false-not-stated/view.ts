/** True / false / not stated in the browser: its player, its name in the UI, its editor. */
import type { KindView } from '$lib/components/questions/player';
import { m } from '$lib/paraglide/messages';

export const view: KindView<'true-false-not-stated'> = {
	kind: 'true-false-not-stated',
	Player: () => import('./TrueFalseNotStatedPlayer.svelte'),
	label: () => m.quiz_kind_true_false_not_stated(),
	Editor: () => import('./TrueFalseNotStatedEditor.svelte')
};
