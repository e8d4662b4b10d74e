/**
 * The browser side of the question kinds: each kind's player and name in the UI, from its
 * `view.ts` (src/lib/kinds/<kind>/view.ts). The files are found by a glob, so adding a kind
 * (one folder, one line in src/lib/kinds/index.ts) needs nothing here; the registry test checks
 * that every kind of the list has its view.
 *
 * Players are loaded when first needed (`loadPlayer`), each in its own chunk: a page downloads
 * the players of the kinds it shows, not all ten. Editors are loaded the same way, by the teacher's
 * pages only (components/teach/editors.ts). Labels are small and stay at hand (and, without the
 * views, in kind-labels.ts).
 */
import type { QuestionKind } from '$lib/content/question-schema';
import { lazyByKey } from '$lib/lazy-once';
import type { KindView, Lazy, Player } from './player';

const views = import.meta.glob<KindView<QuestionKind>>('../../kinds/*/view.ts', {
	eager: true,
	import: 'view'
});

/** Each kind's view, by kind. */
export const registry = Object.fromEntries(
	Object.values(views).map((view) => [view.kind, view])
) as { [K in QuestionKind]: KindView<K> };

/** A player of any kind; QuestionPlayer hands it a question of the kind it was loaded for. */
type AnyPlayer = Player<QuestionKind>;

/**
 * Loads the player of `kind` once and keeps it; later calls answer from the cache. A failed load
 * (the network gone, with no offline copy) is forgotten, so the next call tries again.
 */
export const loadPlayer = lazyByKey(
	async (kind: QuestionKind) => (await (registry[kind].Player as Lazy<AnyPlayer>)()).default
);

/** The player of `kind` if it is loaded already, else undefined (then call `loadPlayer`). */
export const loadedPlayer = loadPlayer.loaded;
