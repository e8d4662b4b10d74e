import { beforeAll, expect, it } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import type { Question } from '../../../src/lib/content/question-schema';
import type { Lesson } from '../../../src/lib/content/schema';
import {
	choiceLetter,
	keyAnswer,
	printedArticle,
	totalPoints,
	worksheetBody
} from '../../../src/lib/interop/set-print';
import { blankQuestion, EDITABLE_KINDS } from '../../../src/lib/domain/editor';
import { fixtureSet } from '../fixtures/question-set';

let lesson: Lesson;
beforeAll(async () => {
	lesson = (await loadLesson('shoigu-tehran-2023'))!;
});
const question = (id: string): Question => fixtureSet.questions.find((q) => q.id === id)!;
const ar = (text: string) => ({ text, lang: 'ar' });

it('choices are lettered in the language they are written in', () => {
	expect([0, 1, 2].map((i) => choiceLetter(i, 'en'))).toEqual(['a', 'b', 'c']);
	expect([0, 1, 2, 3].map((i) => choiceLetter(i, 'ar'))).toEqual(['أ', 'ب', 'ج', 'د']);
});

it('a choice question prints its options, and the key names the correct one', () => {
	expect(worksheetBody(question('fx-sc'), lesson)).toEqual({
		kind: 'choices',
		many: false,
		choices: [ar('شويغو'), ar('باقري'), ar('رئيسي')]
	});
	expect(keyAnswer(question('fx-sc'), lesson)).toEqual({
		kind: 'texts',
		ordered: false,
		texts: [ar('أ) شويغو')]
	});
});

it('matching and ordering print in alphabetical order, not in the order of the answer', () => {
	expect(worksheetBody(question('fx-match'), lesson)).toEqual({
		kind: 'matching',
		left: [ar('شويغو'), ar('باقري'), ar('نوفوستي')],
		right: [
			ar('رئيس الأركان الإيراني'),
			ar('وزير الخارجية'),
			ar('وزير الدفاع الروسي'),
			ar('وكالة أنباء')
		]
	});
	expect(worksheetBody(question('fx-order'), lesson)).toEqual({
		kind: 'ordering',
		items: [ar('اجتمع'), ar('زار'), ar('غادر'), ar('وصل')]
	});
	expect(keyAnswer(question('fx-order'), lesson)).toEqual({
		kind: 'texts',
		ordered: true,
		texts: [ar('وصل'), ar('اجتمع'), ar('زار'), ar('غادر')]
	});
});

it('a cloze prints numbered gaps where the words were; the key gives the words', () => {
	const body = worksheetBody(question('fx-cloze-bank'), lesson);
	const sentence = lesson.article.blocks[2]!.sentences[0]!;
	expect(sentence.id).toBe('p1.s1');
	const [first, fifth] = [sentence.tokens[0]!.text, sentence.tokens[5]!.text];
	expect(body).toMatchObject({
		kind: 'cloze',
		bank: [first, fifth, 'أعلن'].sort((a, b) => a.localeCompare(b, 'ar'))
	});
	if (body.kind !== 'cloze') return;
	expect(body.parts[0]).toBe(1);
	expect(body.parts.filter((p) => typeof p === 'number')).toEqual([1, 2]);
	expect(body.parts.join('')).not.toContain(fifth);
	expect(keyAnswer(question('fx-cloze'), lesson)).toMatchObject({
		texts: [{}, { text: expect.stringMatching(/ \/ الايرانية$/u) }]
	});
});

it('the other kinds: a statement to judge, lines to write on, a claim; their keys', () => {
	expect(worksheetBody(question('fx-tf'), lesson)).toEqual({ kind: 'truth' });
	expect(worksheetBody(question('fx-num-tol'), lesson)).toEqual({
		kind: 'lines',
		count: 1,
		unit: ar('أيام')
	});
	expect(keyAnswer(question('fx-num-tol'), lesson)).toEqual({
		kind: 'number',
		answer: 3.5,
		tolerance: 0.5,
		unit: ar('أيام')
	});
	expect(worksheetBody(question('fx-free'), lesson)).toEqual({ kind: 'lines', count: 6 });
	expect(keyAnswer(question('fx-free'), lesson)).toMatchObject({
		kind: 'sample',
		sample: ar('أعرب شويغو عن استعداد روسيا للتعاون.')
	});
	expect(worksheetBody(question('fx-ev'), lesson)).toEqual({
		kind: 'evidence',
		claim: ar('تحدث شويغو عن الأمن')
	});
});

it('the article prints block by block, each sentence with its id', () => {
	const article = printedArticle(lesson);
	expect(article.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'dateline', 'paragraph']);
	expect(article[2]!.sentences[0]!.id).toBe('p1.s1');
	expect(article[2]!.sentences[0]!.text).toMatch(/^\p{Script=Arabic}/u);
	expect(totalPoints(fixtureSet)).toBe(fixtureSet.questions.length + 1);
});

it('every kind of the kind list prints, each from its own print.ts, even a blank question', () => {
	const bodies = EDITABLE_KINDS.map((kind) => {
		const q = blankQuestion(kind, 'q1') as unknown as Question;
		return [kind, worksheetBody(q, lesson).kind, keyAnswer(q, lesson).kind];
	});
	expect(bodies).toEqual([
		['single-choice', 'choices', 'texts'],
		['multiple-response', 'choices', 'texts'],
		['true-false-not-stated', 'truth', 'truth'],
		['short-answer', 'lines', 'texts'],
		['numerical', 'lines', 'number'],
		['matching', 'matching', 'pairs'],
		['ordering', 'ordering', 'texts'],
		['cloze', 'cloze', 'texts'],
		['evidence', 'evidence', 'sentences'],
		['free-response', 'lines', 'sample']
	]);
});
