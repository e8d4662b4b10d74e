/**
 * The editor's issues (src/lib/domain/editor) in a teacher's words, in the interface language:
 * the message shown under a field ("Option 3 is empty") and the one in the summary, which names
 * the question ("Question 2: Option 3 is empty"). Positions in paths are 0-based; people count
 * from 1.
 */
import type { EditorIssue } from '$lib/domain/editor';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

type Options = { locale?: Locale };

/** The field a path names, as a noun phrase ("option 3", "the feedback on option 2"). */
function thing(path: string[], o: Options): string {
	const [head, a, b, c] = path;
	const n = Number(a) + 1;
	switch (head) {
		case 'title':
			return m.editor_thing_title({}, o);
		case 'prompt':
			return m.editor_thing_question({}, o);
		case 'explanation':
			return m.editor_thing_explanation({}, o);
		case 'hints':
			return m.editor_thing_hint({ n }, o);
		case 'options':
			return b === 'feedback'
				? m.editor_thing_option_feedback({ n }, o)
				: m.editor_thing_option({ n }, o);
		case 'accepted':
			if (b === 'feedback') return m.editor_thing_accepted_feedback({ n }, o);
			if (b === 'credit') return m.editor_thing_credit({ n }, o);
			return m.editor_thing_accepted({ n }, o);
		case 'pairs':
			return b === 'left'
				? m.editor_thing_pair_left({ n }, o)
				: m.editor_thing_pair_right({ n }, o);
		case 'items':
			return m.editor_thing_item({ n }, o);
		case 'distractors':
			return m.editor_thing_distractor({ n }, o);
		case 'gaps':
			return m.editor_thing_also_accept({ n, m: Number(c) + 1 }, o);
		case 'checklist':
			return m.editor_thing_checklist({ n }, o);
		case 'claim':
			return m.editor_thing_claim({}, o);
		case 'sampleAnswer':
			return m.editor_thing_sample({}, o);
		case 'unit':
			return m.editor_thing_unit({}, o);
		case 'answer':
			return m.editor_thing_answer({}, o);
		case 'tolerance':
			return m.editor_thing_tolerance({}, o);
		case 'points':
			return m.editor_thing_points({}, o);
		case 'passMark':
			return m.editor_thing_pass_mark({}, o);
		case 'minPerSkill':
			return m.editor_thing_min_per_skill({}, o);
		case 'id':
			return m.editor_thing_id({}, o);
		case 'feedback':
			if (a === 'true') return m.editor_thing_feedback_true({}, o);
			if (a === 'false') return m.editor_thing_feedback_false({}, o);
			return m.editor_thing_feedback_not_stated({}, o);
		default:
			return m.editor_thing_field({}, o);
	}
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function tooFew(what: string, min: number, o: Options): string {
	switch (what) {
		case 'options':
			return m.editor_few_options({ min }, o);
		case 'pairs':
			return m.editor_few_pairs({ min }, o);
		case 'items':
			return m.editor_few_items({ min }, o);
		case 'gaps':
			return m.editor_few_gaps({}, o);
		case 'checklist':
			return m.editor_few_checklist({}, o);
		case 'accepted':
			return m.editor_few_accepted({}, o);
		case 'questions':
			return m.editor_few_questions({}, o);
		default:
			return m.editor_few_other({ min }, o);
	}
}

function choose(field: string, o: Options): string {
	const by: Record<string, () => string> = {
		skill: () => m.editor_choose_skill({}, o),
		tier: () => m.editor_choose_tier({}, o),
		kind: () => m.editor_choose_kind({}, o),
		answer: () => m.editor_choose_answer({}, o),
		mode: () => m.editor_choose_mode({}, o),
		answerLanguage: () => m.editor_choose_language({}, o),
		profile: () => m.editor_choose_profile({}, o)
	};
	return (by[field] ?? (() => m.editor_choose_other({}, o)))();
}

/**
 * The message for `issue` at its field. `path` is the issue's path below its question (or the
 * set's own, `title.ar`), split on dots.
 */
function fieldMessage(issue: EditorIssue, path: string[], o: Options): string {
	const p = issue.params;
	const side = path.at(-1);
	switch (issue.code) {
		case 'empty':
			if (side === 'en') return m.editor_write_en({ thing: thing(path, o) }, o);
			if (side === 'ar') return m.editor_write_ar({ thing: thing(path, o) }, o);
			return m.editor_empty({ Thing: capitalized(thing(path, o)) }, o);
		case 'too-few':
			return tooFew(String(p.what), Number(p.min), o);
		case 'no-correct':
			return m.editor_no_correct({}, o);
		case 'several-correct':
			return m.editor_several_correct({ count: Number(p.count) }, o);
		case 'no-evidence':
			return m.editor_no_evidence({}, o);
		case 'evidence-missing':
			return m.editor_evidence_missing({ sentence: String(p.sentence) }, o);
		case 'evidence-twice':
			return m.editor_evidence_twice({ sentence: String(p.sentence) }, o);
		case 'sentence-missing':
			return m.editor_sentence_missing({ sentence: String(p.sentence) }, o);
		case 'no-sentence':
			return m.editor_no_sentence({}, o);
		case 'gap-out-of-range':
			return m.editor_gap_out_of_range(
				{
					gap: Number(p.gap),
					sentence: String(p.sentence),
					count: Number(p.count),
					position: Number(p.position)
				},
				o
			);
		case 'gap-not-word':
			return m.editor_gap_not_word({ gap: Number(p.gap), text: String(p.text) }, o);
		case 'gap-twice':
			return m.editor_gap_twice({ gap: Number(p.gap) }, o);
		case 'distractor-is-answer':
			return m.editor_distractor_is_answer({ text: String(p.text) }, o);
		case 'repeated-text':
			return m.editor_repeated_text({ text: String(p.text) }, o);
		case 'duplicate-id':
			return p.what === 'questions'
				? m.editor_duplicate_question_id({ id: String(p.id) }, o)
				: m.editor_duplicate_id({}, o);
		case 'bad-id':
			return m.editor_bad_id({}, o);
		case 'choose':
			return choose(String(p.field), o);
		case 'not-number':
			return m.editor_not_number({}, o);
		case 'not-whole':
			return m.editor_not_whole({}, o);
		case 'too-small':
			return m.editor_too_small({ min: Number(p.min) }, o);
		case 'too-large':
			return m.editor_too_large({ max: Number(p.max) }, o);
		case 'not-arabic':
			return m.editor_not_arabic({ thing: thing(path, o) }, o);
		case 'not-english':
			return m.editor_not_english({ thing: thing(path, o) }, o);
		case 'skill-short':
			return m.editor_skill_short(
				{ skill: String(p.skill), count: Number(p.count), min: Number(p.min) },
				o
			);
		case 'wrong-article':
			return m.editor_wrong_article({ article: String(p.article), lesson: String(p.lesson) }, o);
		case 'other':
			return m.editor_other({ detail: String(p.detail) }, o);
	}
}

/** Where an issue is: its question's index (or undefined for the set's own fields) and the rest. */
export function splitPath(path: string): { question?: number; field: string } {
	const match = /^questions\.(\d+)(?:\.(.*))?$/.exec(path);
	return match ? { question: Number(match[1]), field: match[2] ?? '' } : { field: path };
}

/** The message shown at the issue's field. */
export function issueMessage(issue: EditorIssue, options: Options = {}): string {
	const { field } = splitPath(issue.path);
	return fieldMessage(issue, field.split('.'), options);
}

/** The message in the problem summary: it names the question the field belongs to. */
export function summaryMessage(issue: EditorIssue, options: Options = {}): string {
	const { question } = splitPath(issue.path);
	const message = issueMessage(issue, options);
	return question === undefined
		? message
		: m.editor_in_question({ n: question + 1, message }, options);
}
