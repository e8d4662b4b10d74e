/**
 * The browser side of the question kinds: each kind's player and name in the UI, from its
 * `view.ts` (src/lib/kinds/<kind>/view.ts). The files are found by a glob, so adding a kind
 * (one folder, one line in src/lib/kinds/index.ts) needs nothing here; the registry test checks
 * that every kind of the list has its view.
 *
 * Players are loaded when first needed (`loadPlayer`), each in its own chunk: a page downloads
 * the players of the kinds it shows, not all ten. Editors are loaded the same way (`loadEditor`),
 * for the teacher's pages only. Labels are small and stay at hand.
 */
import type { QuestionKind } from '$lib/content/question-schema';
import type { Editor, KindView, Lazy, Player } from './player';

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

/** An editor of any kind; the set editor hands it a question of the kind it was loaded for. */
type AnyEditor = Editor<QuestionKind>;

const editors = new Map<QuestionKind, AnyEditor>();
const pendingEditors = new Map<QuestionKind, Promise<AnyEditor>>();

/**
 * Loads the editor of `kind` once and keeps it, like `loadPlayer`; undefined when the kind has
 * no editor yet (its view's `Editor` slot is empty). A failed load is forgotten, so the next call
 * tries again.
 */
export function loadEditor(kind: QuestionKind): Promise<AnyEditor | undefined> {
	const known = editors.get(kind);
	if (known) return Promise.resolve(known);
	const load = registry[kind].Editor as Lazy<unknown> | undefined;
	if (!load) return Promise.resolve(undefined);
	let loading = pendingEditors.get(kind);
	if (!loading) {
		loading = load().then(
			(module) => {
				const editor = module.default as AnyEditor;
				editors.set(kind, editor);
				pendingEditors.delete(kind);
				return editor;
			},
			(error: unknown) => {
				pendingEditors.delete(kind);
				throw error;
			}
		);
		pendingEditors.set(kind, loading);
	}
	return loading;
}

/** The editor of `kind` if it is loaded already, else undefined (then call `loadEditor`). */
export function loadedEditor(kind: QuestionKind): AnyEditor | undefined {
	return editors.get(kind);
}
