/**
 * The browser side of the question kinds: each kind's player and name in the UI, from its
 * `view.ts` (src/lib/kinds/<kind>/view.ts). The files are found by a glob, so adding a kind
 * (one folder, one line in src/lib/kinds/index.ts) needs nothing here; the registry test checks
 * that every kind of the list has its view.
 *
 * Players are loaded when first needed (`loadPlayer`), each in its own chunk: a page downloads
 * the players of the kinds it shows, not all ten. Labels are small and stay at hand.
 */
import type { QuestionKind } from '$lib/content/question-schema';
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

const players = new Map<QuestionKind, AnyPlayer>();
const pending = new Map<QuestionKind, Promise<AnyPlayer>>();

/** The player of `kind` if it is loaded already, else undefined (then call `loadPlayer`). */
export function loadedPlayer(kind: QuestionKind): AnyPlayer | undefined {
	return players.get(kind);
}

/**
 * Loads the player of `kind` once and keeps it; later calls answer from the cache. A failed load
 * (the network gone, with no offline copy) is forgotten, so the next call tries again.
 */
export function loadPlayer(kind: QuestionKind): Promise<AnyPlayer> {
	const known = players.get(kind);
	if (known) return Promise.resolve(known);
	let loading = pending.get(kind);
	if (!loading) {
		const load = registry[kind].Player as Lazy<unknown>;
		loading = load().then(
			(module) => {
				const player = module.default as AnyPlayer;
				players.set(kind, player);
				pending.delete(kind);
				return player;
			},
			(error: unknown) => {
				pending.delete(kind);
				throw error;
			}
		);
		pending.set(kind, loading);
	}
	return loading;
}
