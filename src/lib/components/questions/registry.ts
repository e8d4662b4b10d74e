/**
 * The one registry of question kinds: for each kind, its player, its name in the UI and its grader.
 * Adding a kind means one folder under questions/ and one entry here.
 *
 * Players are loaded when first needed (`loadPlayer`), each in its own chunk: a page downloads
 * the players of the kinds it shows, not all ten. Labels and graders are small and stay at hand.
 */
import type { Component } from 'svelte';
import type { QuestionKind, QuestionOf } from '$lib/content/question-schema';
import { graders, type Grader } from '$lib/domain/grading';
import { m } from '$lib/paraglide/messages';
import type { Player } from './player';

/** Props an editor will take (editors are not built yet; the shape is settled when they are). */
export interface EditorProps<K extends QuestionKind> {
	question: QuestionOf<K>;
}

/** A component's module, as a dynamic `import()` of a .svelte file gives it. */
export type Lazy<C> = () => Promise<{ default: C }>;

export interface KindEntry<K extends QuestionKind> {
	/** Loads the kind's player (use `loadPlayer`, which caches it, rather than this). */
	Player: Lazy<Player<K>>;
	/** The kind's name, in the UI language. */
	label: () => string;
	grade: Grader<K>;
	Editor?: Lazy<Component<EditorProps<K>, object, 'question'>>;
}

export const registry: { [K in QuestionKind]: KindEntry<K> } = {
	'single-choice': {
		Player: () => import('./single-choice/SingleChoicePlayer.svelte'),
		label: () => m.quiz_kind_single_choice(),
		grade: graders['single-choice']
	},
	'multiple-response': {
		Player: () => import('./multiple-response/MultipleResponsePlayer.svelte'),
		label: () => m.quiz_kind_multiple_response(),
		grade: graders['multiple-response']
	},
	'true-false-not-stated': {
		Player: () => import('./true-false-not-stated/TrueFalseNotStatedPlayer.svelte'),
		label: () => m.quiz_kind_true_false_not_stated(),
		grade: graders['true-false-not-stated']
	},
	'short-answer': {
		Player: () => import('./short-answer/ShortAnswerPlayer.svelte'),
		label: () => m.quiz_kind_short_answer(),
		grade: graders['short-answer']
	},
	numerical: {
		Player: () => import('./numerical/NumericalPlayer.svelte'),
		label: () => m.quiz_kind_numerical(),
		grade: graders.numerical
	},
	matching: {
		Player: () => import('./matching/MatchingPlayer.svelte'),
		label: () => m.quiz_kind_matching(),
		grade: graders.matching
	},
	ordering: {
		Player: () => import('./ordering/OrderingPlayer.svelte'),
		label: () => m.quiz_kind_ordering(),
		grade: graders.ordering
	},
	cloze: {
		Player: () => import('./cloze/ClozePlayer.svelte'),
		label: () => m.quiz_kind_cloze(),
		grade: graders.cloze
	},
	evidence: {
		Player: () => import('./evidence/EvidencePlayer.svelte'),
		label: () => m.quiz_kind_evidence(),
		grade: graders.evidence
	},
	'free-response': {
		Player: () => import('./free-response/FreeResponsePlayer.svelte'),
		label: () => m.quiz_kind_free_response(),
		grade: graders['free-response']
	}
};

/** The entry for `kind`, typed for that kind. */
export function entryOf<K extends QuestionKind>(kind: K): KindEntry<K> {
	return registry[kind];
}

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
