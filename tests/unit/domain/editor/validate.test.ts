/**
 * The editor's problems for each kind's typical mistakes, in the words a teacher reads under the
 * field and in the summary (both interface languages).
 */
import { describe, expect, it } from 'vitest';
import { loadLesson, loadRawQuestionSets } from '../../../../src/lib/content/index';
import type { QuestionInput, QuestionKind } from '../../../../src/lib/content/question-schema';
import {
	blankQuestion,
	checkedIssues,
	EDITABLE_KINDS,
	setIssues,
	type EditableSet
} from '../../../../src/lib/domain/editor';
import { issueMessage, summaryMessage } from '../../../../src/lib/state/editor-messages';

const lesson = (await loadLesson('shoigu-tehran-2023'))!;
const seed = (await loadRawQuestionSets('shoigu-tehran-2023'))[0] as EditableSet;

const prompt = { en: 'Who visited Tehran?', ar: 'من زار طهران؟' };
const explanation = { en: 'Paragraph 1 says so.', ar: 'تقول ذلك الفقرة 1.' };
/** A question of `kind` with its shared fields written well. */
function written<K extends QuestionKind>(kind: K, id = 'q1'): Extract<QuestionInput, { kind: K }> {
	return { ...blankQuestion(kind, id), prompt, explanation, evidence: ['p1.s1'] };
}
const set = (...questions: QuestionInput[]): EditableSet => ({
	id: 'my-set',
	article: 'shoigu-tehran-2023',
	title: { en: 'My set', ar: 'مجموعتي' },
	questions
});
/** The summary of every problem, in English. */
const summary = (s: EditableSet) =>
	setIssues(s, lesson).map((issue) => summaryMessage(issue, { locale: 'en' }));
const at = (s: EditableSet, path: string) =>
	setIssues(s, lesson)
		.filter((issue) => issue.path === path)
		.map((issue) => issueMessage(issue, { locale: 'en' }));

describe('setIssues', () => {
	it('finds nothing wrong with the built-in set', () => {
		expect(setIssues(seed, lesson)).toEqual([]);
		expect(checkedIssues(seed, lesson)).toEqual([]);
	});

	it('asks for each side of the title and of the question, at its field', () => {
		const q = written('evidence');
		q.claim = 'زار شويغو طهران';
		q.prompt = { en: 'Find the sentence.', ar: '' };
		const s = { ...set(q), title: { en: '', ar: 'مجموعتي' } };
		expect(setIssues(s, lesson)).toEqual([
			{ path: 'title.en', code: 'empty', params: {} },
			{ path: 'questions.0.prompt.ar', code: 'empty', params: {} }
		]);
		expect(summary(s)).toEqual([
			'Write the English side of the title',
			'Question 1: Write the Arabic side of the question'
		]);
	});

	it('single choice: an empty option and no correct answer', () => {
		const q = written('single-choice');
		q.options[0]!.text = 'شويغو';
		expect(summary(set(written('evidence', 'q0'), q)).slice(-2)).toEqual([
			'Question 2: Option 2 is empty',
			'Question 2: No correct answer marked'
		]);
		expect(at(set(q), 'questions.0.options')).toEqual(['No correct answer marked']);
	});

	it('single choice: two correct answers, a repeated option', () => {
		const q = written('single-choice');
		q.options = [
			{ id: 'a', text: 'شويغو', correct: true },
			{ id: 'b', text: 'شويغو', correct: true }
		];
		expect(summary(set(q))).toEqual(['Question 1: Mark only one option correct (2 are marked)']);
		q.options[1]!.correct = false;
		expect(summary(set(q))).toEqual([
			'Question 1: “شويغو” appears twice, so a learner cannot tell them apart'
		]);
	});

	it('multiple response: too few options', () => {
		const q = written('multiple-response');
		q.options = [
			{ id: 'a', text: 'أ', correct: true },
			{ id: 'b', text: 'ب', correct: false }
		];
		expect(summary(set(q))).toEqual(['Question 1: Give at least 3 options']);
	});

	it('evidence sentences that are missing or not in the article', () => {
		const q = written('evidence');
		q.claim = 'زار شويغو طهران';
		q.evidence = [];
		expect(at(set(q), 'questions.0.evidence')).toEqual([
			'Pick at least one evidence sentence in the article'
		]);
		q.evidence = ['p1.s1', 'p4.s2', 'p1.s1'];
		expect(at(set(q), 'questions.0.evidence')).toEqual([
			'Evidence sentence p4.s2 does not exist',
			'Evidence sentence p1.s1 is picked twice'
		]);
	});

	it('true / false / not stated: the statement and a feedback side in the wrong language', () => {
		const q = written('true-false-not-stated');
		q.feedback = { false: { en: 'No.', ar: 'No, it is true.' } };
		expect(summary(set(q))).toEqual([
			'Question 1: The Arabic side of the feedback on “false” must be in Arabic script (a Latin name only in parentheses)'
		]);
	});

	it('short answer: an empty accepted answer, credit above 1', () => {
		const q = written('short-answer');
		q.accepted = [{ text: '' }, { text: 'طهران', credit: 1.5 }];
		expect(summary(set(q))).toEqual([
			'Question 1: Accepted answer 1 is empty',
			'Question 1: Enter 1 or less'
		]);
	});

	it('numerical: a negative tolerance and points that are not whole', () => {
		const q = { ...written('numerical'), tolerance: -1, points: 1.5 };
		expect(summary(set(q))).toEqual([
			'Question 1: Enter a whole number',
			'Question 1: Enter 0 or more'
		]);
	});

	it('matching: an empty side, the same right side twice, a distractor that is an answer', () => {
		const q = written('matching');
		q.pairs = [
			{ id: 'p1', left: 'نظيره', right: '' },
			{ id: 'p2', left: 'حلفائها', right: 'شويغو' }
		];
		expect(summary(set(q))).toEqual(['Question 1: The right side of pair 1 is empty']);
		q.pairs[0]!.right = 'شويغو';
		q.distractors = ['شويغو'];
		expect(summary(set(q))).toEqual([
			'Question 1: “شويغو” appears twice, so a learner cannot tell them apart',
			'Question 1: “شويغو” is a right answer, so it cannot be a distractor'
		]);
	});

	it('reports the broken rules where fahm check does: a matching distractor given twice', () => {
		const q = written('matching');
		q.pairs = [
			{ id: 'p1', left: 'نظيره', right: 'شويغو' },
			{ id: 'p2', left: 'حلفائها', right: 'روسيا' }
		];
		q.distractors = ['طرف ثالث', 'طرف ثالث'];
		expect(setIssues(set(q), lesson)).toEqual([
			{ path: 'questions.0.distractors.1', code: 'repeated-text', params: { text: 'طرف ثالث' } }
		]);
		expect(at(set(q), 'questions.0.distractors.1')).toEqual([
			'“طرف ثالث” appears twice, so a learner cannot tell them apart'
		]);
	});

	it('ordering: an empty item', () => {
		const q = written('ordering');
		q.items = q.items.map((item, i) => ({ ...item, text: i === 2 ? ' ' : `خطوة ${i + 1}` }));
		expect(summary(set(q))).toEqual(['Question 1: Item 3 is empty']);
	});

	it('cloze: no sentence chosen, then a gap outside the sentence and one on punctuation', () => {
		const q = written('cloze');
		expect(summary(set(q))).toEqual([
			'Question 1: Choose the sentence to cut gaps from',
			'Question 1: Blank out at least one word'
		]);
		const sentence = lesson.article.blocks[1]!.sentences[0]!;
		const punct = sentence.tokens.findIndex((t) => t.kind === 'punct');
		q.sentence = sentence.id;
		q.gaps = [{ token: sentence.tokens.length + 2 }, { token: punct }];
		expect(summary(set(q))).toEqual([
			`Question 1: Gap 1: sentence ${sentence.id} has ${sentence.tokens.length} words and marks, so there is no position ${sentence.tokens.length + 3}`,
			`Question 1: Gap 2: “${sentence.tokens[punct]!.text}” is not a word`
		]);
		q.sentence = 'p4.s9';
		q.gaps = [{ token: 0 }];
		expect(summary(set(q))).toEqual(['Question 1: Sentence p4.s9 does not exist']);
	});

	it('free response: an empty checklist point and sample answer', () => {
		const q = written('free-response');
		q.checklist = [{ en: 'Names the visitor.', ar: '' }];
		expect(summary(set(q))).toEqual([
			'Question 1: The sample answer is empty',
			'Question 1: Write the Arabic side of checklist point 1'
		]);
	});

	it('two questions with one id, an id with capitals, no skill', () => {
		const a = written('evidence', 'same');
		a.claim = 'زار شويغو طهران';
		const b = { ...a, skill: undefined } as unknown as QuestionInput;
		const c = { ...a, id: 'Q3' };
		expect(summary(set(a, b, c))).toEqual([
			'Question 2: Another question already has the id same',
			'Question 2: Choose the skill',
			'Question 3: Use only lowercase letters, digits, “-” and “.” in the id'
		]);
	});

	it('a set without questions', () => {
		expect(summary(set())).toEqual(['A set needs at least one question']);
	});

	it('words the same problems in Arabic', () => {
		const q = written('single-choice');
		q.options[0]!.text = 'شويغو';
		const s = { ...set(q), title: { en: 'My set', ar: '' } };
		expect(setIssues(s, lesson).map((i) => summaryMessage(i, { locale: 'ar' }))).toEqual([
			'اكتب النص العربي من العنوان',
			'السؤال 1: لا نص في الخيار 2',
			'السؤال 1: لم تُحدَّد أي إجابة صحيحة'
		]);
	});

	it('every blank question is incomplete but of a valid shape (only texts and picks are missing)', () => {
		for (const kind of EDITABLE_KINDS) {
			const codes = new Set(setIssues(set(blankQuestion(kind, 'q1')), lesson).map((i) => i.code));
			expect(
				[...codes].every((c) =>
					['empty', 'no-evidence', 'no-correct', 'no-sentence', 'too-few'].includes(c)
				),
				kind
			).toBe(true);
		}
	});
});
