/**
 * The one registry of question kinds: for each kind, its player, its name in the UI and its grader.
 * Adding a kind means one folder under questions/ and one entry here.
 */
import type { Component } from 'svelte';
import type { QuestionKind, QuestionOf } from '$lib/content/question-schema';
import { graders, type Grader } from '$lib/domain/grading';
import { m } from '$lib/paraglide/messages';
import ClozePlayer from './cloze/ClozePlayer.svelte';
import EvidencePlayer from './evidence/EvidencePlayer.svelte';
import FreeResponsePlayer from './free-response/FreeResponsePlayer.svelte';
import MatchingPlayer from './matching/MatchingPlayer.svelte';
import MultipleResponsePlayer from './multiple-response/MultipleResponsePlayer.svelte';
import NumericalPlayer from './numerical/NumericalPlayer.svelte';
import OrderingPlayer from './ordering/OrderingPlayer.svelte';
import type { Player } from './player';
import ShortAnswerPlayer from './short-answer/ShortAnswerPlayer.svelte';
import SingleChoicePlayer from './single-choice/SingleChoicePlayer.svelte';
import TrueFalseNotStatedPlayer from './true-false-not-stated/TrueFalseNotStatedPlayer.svelte';

/** Props an editor will take (editors are not built yet; the shape is settled when they are). */
export interface EditorProps<K extends QuestionKind> {
	question: QuestionOf<K>;
}

export interface KindEntry<K extends QuestionKind> {
	Player: Player<K>;
	/** The kind's name, in the UI language. */
	label: () => string;
	grade: Grader<K>;
	Editor?: Component<EditorProps<K>, object, 'question'>;
}

export const registry: { [K in QuestionKind]: KindEntry<K> } = {
	'single-choice': {
		Player: SingleChoicePlayer,
		label: () => m.quiz_kind_single_choice(),
		grade: graders['single-choice']
	},
	'multiple-response': {
		Player: MultipleResponsePlayer,
		label: () => m.quiz_kind_multiple_response(),
		grade: graders['multiple-response']
	},
	'true-false-not-stated': {
		Player: TrueFalseNotStatedPlayer,
		label: () => m.quiz_kind_true_false_not_stated(),
		grade: graders['true-false-not-stated']
	},
	'short-answer': {
		Player: ShortAnswerPlayer,
		label: () => m.quiz_kind_short_answer(),
		grade: graders['short-answer']
	},
	numerical: {
		Player: NumericalPlayer,
		label: () => m.quiz_kind_numerical(),
		grade: graders.numerical
	},
	matching: {
		Player: MatchingPlayer,
		label: () => m.quiz_kind_matching(),
		grade: graders.matching
	},
	ordering: {
		Player: OrderingPlayer,
		label: () => m.quiz_kind_ordering(),
		grade: graders.ordering
	},
	cloze: { Player: ClozePlayer, label: () => m.quiz_kind_cloze(), grade: graders.cloze },
	evidence: {
		Player: EvidencePlayer,
		label: () => m.quiz_kind_evidence(),
		grade: graders.evidence
	},
	'free-response': {
		Player: FreeResponsePlayer,
		label: () => m.quiz_kind_free_response(),
		grade: graders['free-response']
	}
};

/** The entry for `kind`, typed for that kind. */
export function entryOf<K extends QuestionKind>(kind: K): KindEntry<K> {
	return registry[kind];
}
