/**
 * The editor's view of a question set: the set as the teacher is writing it (possibly incomplete)
 * and what is wrong with it, as codes with parameters so that the state layer words them in the
 * interface language.
 */
import type { Bilingual, QuestionInput } from '../../content/question-schema';

/** A question set being edited: the shape of a question set, whatever its fields hold. */
export interface EditableSet {
	id: string;
	article: string;
	title: Bilingual;
	passMark?: number;
	minPerSkill?: number;
	questions: QuestionInput[];
}

/** What can be wrong with a field, in words the messages module turns into a sentence. */
export type IssueCode =
	/** A text a learner reads or an answer is empty (or missing). */
	| 'empty'
	/** A list has fewer entries than the kind needs (`params.min`). */
	| 'too-few'
	| 'no-correct'
	| 'several-correct'
	| 'no-evidence'
	| 'evidence-missing'
	| 'evidence-twice'
	| 'sentence-missing'
	| 'no-sentence'
	| 'gap-out-of-range'
	| 'gap-not-word'
	| 'gap-twice'
	| 'distractor-is-answer'
	| 'repeated-text'
	| 'duplicate-id'
	| 'bad-id'
	| 'choose'
	| 'not-number'
	| 'not-whole'
	| 'too-small'
	| 'too-large'
	| 'not-arabic'
	| 'not-english'
	| 'skill-short'
	| 'wrong-article'
	/** Anything else the content check says, in its own words (`params.detail`). */
	| 'other';

/**
 * One problem of the set. `path` is the field's, dotted from the set (`title.ar`,
 * `questions.2.options.1.text`); list positions in it are 0-based like the data, and a message
 * adds 1 for people. `params` hold the rest (`{ sentence: 'p4.s2' }`, `{ min: 2 }`).
 */
export interface EditorIssue {
	path: string;
	code: IssueCode;
	params: Record<string, string | number>;
}
