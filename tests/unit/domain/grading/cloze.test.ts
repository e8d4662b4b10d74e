import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../../src/lib/content/index';
import { clozeAnswers, gradeCloze } from '../../../../src/lib/kinds/cloze/grade';
import { fixture } from '../../fixtures/question-set';

const lesson = (await loadLesson('shoigu-tehran-2023'))!;
const typed = fixture('cloze', 'fx-cloze');
const bank = fixture('cloze', 'fx-cloze-bank');
const grade = (q: typeof typed, ...gaps: (string | null)[]) =>
	gradeCloze(q, { kind: 'cloze', gaps }, { lesson });

describe('clozeAnswers', () => {
	it("gives each gap its token's text without marks, then the extra accepted words", () => {
		expect(clozeAnswers(typed, lesson)).toEqual([['وكالة'], ['الإيراني', 'الايرانية']]);
		expect(clozeAnswers({ ...typed, sentence: 'p99.s1' }, lesson)).toBeUndefined();
		expect(
			clozeAnswers({ ...typed, gaps: [{ token: 999, alsoAccept: [] }] }, lesson)
		).toBeUndefined();
	});
});

describe('cloze, typed', () => {
	it('right: each gap as in the article, or an extra accepted word, under the profile', () => {
		expect(grade(typed, 'وكالة', 'الإيراني')).toMatchObject({ verdict: 'correct', score: 1 });
		expect(grade(typed, 'وكالة', 'الايرانية').verdict).toBe('correct');
		const g = grade(typed, 'وَكالة', 'الايراني');
		expect(g.verdict).toBe('correct');
		expect(g.notes).toEqual([{ code: 'marks-ignored' }, { code: 'hamza-differs', credit: 1 }]);
	});
	it('the answers can be resolved beforehand instead of passing the lesson', () => {
		const answers = clozeAnswers(typed, lesson)!;
		expect(gradeCloze(typed, { kind: 'cloze', gaps: ['وكالة', 'الإيراني'] }, answers).score).toBe(
			1
		);
	});
	it('partial: the mean of the gap credits, with typed answers graded like short answers', () => {
		expect(grade(typed, 'وكالة', null)).toMatchObject({
			verdict: 'partial',
			score: 0.5,
			parts: [
				{ id: '0', correct: true },
				{ id: '1', correct: false }
			]
		});
		const ta = grade(typed, 'وكاله', 'الإيراني');
		expect(ta.score).toBe(0.75);
		expect(ta.notes).toEqual([{ code: 'ta-marbuta-differs', credit: 0.5 }]);
		const off = grade(typed, 'وكالة', 'الإيرني');
		expect(off.score).toBe(0.75);
		expect(off.notes).toEqual([{ code: 'letters-off', count: 1 }]);
	});
	it('wrong: other words', () => {
		expect(grade(typed, 'طهران', 'موسكو')).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	it('empty: every gap blank is unanswered', () => {
		expect(grade(typed, null, ' ').verdict).toBe('unanswered');
	});
	it('malformed: the wrong number of gaps, or a question the lesson cannot resolve, is invalid', () => {
		expect(grade(typed, 'وكالة').verdict).toBe('invalid');
		expect(grade({ ...typed, sentence: 'p99.s1' }, 'وكالة', 'الإيراني').verdict).toBe('invalid');
	});
	it('without the lesson it throws: a caller bug, not a wrong answer', () => {
		expect(() => gradeCloze(typed, { kind: 'cloze', gaps: ['وكالة', null] })).toThrow(
			/needs the lesson/u
		);
	});
});

describe('cloze, word bank', () => {
	it('right: the gap words, folded like a standard answer', () => {
		expect(grade(bank, 'أعرب', 'شويغو').verdict).toBe('correct');
		expect(grade(bank, 'اعرب', 'شويغو').verdict).toBe('correct');
	});
	it('partial and wrong: a distractor or another gap word is wrong, with no partial credit per gap', () => {
		expect(grade(bank, 'أعلن', 'شويغو')).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(grade(bank, 'شويغو', 'أعرب')).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(grade(bank, 'أعرب', 'شويغ').verdict).toBe('invalid');
	});
	it('empty: unanswered', () => {
		expect(grade(bank, null, null).verdict).toBe('unanswered');
	});
	it('malformed: a word that is not in the bank is invalid', () => {
		expect(grade(bank, 'كتب', 'شويغو').verdict).toBe('invalid');
	});
});
