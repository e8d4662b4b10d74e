import { describe, expect, it } from 'vitest';
import { gradeShortAnswer } from '../../../../src/lib/kinds/short-answer/grade';
import { letterDistance } from '../../../../src/lib/domain/grading/typed';
import type { GradeNote } from '../../../../src/lib/domain/grading/types';
import { fixture } from '../../fixtures/question-set';

const standard = fixture('short-answer', 'fx-sa');
const strict = fixture('short-answer', 'fx-sa-strict');
const lenient = fixture('short-answer', 'fx-sa-lenient');
const english = fixture('short-answer', 'fx-sa-en');
const grade = (q: typeof standard, text: string) =>
	gradeShortAnswer(q, { kind: 'short-answer', text });
const codes = (notes: GradeNote[]) => notes.map((n) => n.code);

describe('short answer: right', () => {
	it('an accepted answer as written is correct, with its feedback and no notes', () => {
		expect(grade(standard, 'الشرق الأوسط')).toMatchObject({
			verdict: 'correct',
			score: 1,
			feedback: [{ en: 'Yes, the Middle East.', ar: 'نعم، الشرق الأوسط.' }],
			notes: []
		});
	});
	it('standard forgives vowel marks, tatweel, the hamza, punctuation and spacing, and says so', () => {
		const g = grade(standard, '  الشَّرْقُ   الأوسـط. ');
		expect(g.verdict).toBe('correct');
		expect(codes(g.notes)).toEqual(
			expect.arrayContaining([
				'marks-ignored',
				'tatweel-ignored',
				'punctuation-ignored',
				'spacing-ignored'
			])
		);
		expect(grade(standard, 'الشرق الاوسط').notes).toEqual([{ code: 'hamza-differs', credit: 1 }]);
	});
	it('marks-ignored only when the learner typed the marks', () => {
		expect(codes(grade(standard, 'الشرق الأوسط').notes)).not.toContain('marks-ignored');
	});
	it('lenient forgives the hamza seat, ya and ta marbuta in full, naming each', () => {
		const g = grade(lenient, 'وكاله نوفوستى');
		expect(g).toMatchObject({ verdict: 'correct', score: 1 });
		expect(codes(g.notes)).toEqual(['ya-alef-maqsura-differs', 'ta-marbuta-differs']);
	});
	it('English answers ignore case and punctuation', () => {
		expect(grade(english, 'defense Minister.').verdict).toBe('correct');
	});
	it('Arabic-Indic digits are read as digits', () => {
		const q = { ...standard, accepted: [{ text: '2023', credit: 1 }] };
		const g = grade(q, '٢٠٢٣');
		expect(g.verdict).toBe('correct');
		expect(codes(g.notes)).toEqual(['digits-read']);
	});
});

describe('short answer: partial', () => {
	it('an accepted answer with credit below 1 gives that credit and its feedback', () => {
		expect(grade(standard, 'المنطقة')).toMatchObject({
			verdict: 'partial',
			score: 0.5,
			feedback: [{ en: 'Which region?', ar: 'أي منطقة؟' }]
		});
	});
	it('apart from final ى or ة: half credit under standard, named with the credit kept', () => {
		const q = { ...standard, accepted: [{ text: 'مستشفى', credit: 1 }] };
		const g = grade(q, 'مستشفي');
		expect(g).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(g.notes).toEqual([{ code: 'ya-alef-maqsura-differs', credit: 0.5 }]);
	});
	it('one letter off a word of four or more letters: half credit, counting letters, not marks', () => {
		const g = grade(standard, 'الشَّرق الأوصط');
		expect(g).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(g.notes).toEqual([{ code: 'letters-off', count: 1 }]);
		expect(grade(standard, 'الشرق الأوسطُُُ').verdict).toBe('correct');
		expect(grade(standard, 'الشرق الوأسط').notes).toEqual([{ code: 'letters-off', count: 1 }]);
	});
	it('but not for short words, and two letters off earns nothing', () => {
		const q = { ...standard, accepted: [{ text: 'شيء', credit: 1 }] };
		expect(grade(q, 'شيخ').verdict).toBe('incorrect');
		const g = grade(standard, 'الشرق الأوسخخ');
		expect(g).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(g.notes).toEqual([{ code: 'letters-off', count: 2 }]);
	});
});

describe('short answer: wrong', () => {
	it('strict: a hamza or vowel-mark difference is wrong, but still named', () => {
		expect(grade(strict, 'مسؤول').verdict).toBe('correct');
		const hamza = grade(strict, 'مسوول');
		expect(hamza).toMatchObject({ verdict: 'incorrect', score: 0, feedback: [] });
		expect(codes(hamza.notes)).toEqual(['hamza-differs']);
		expect(codes(grade(strict, 'مَسْؤُول').notes)).toEqual(['marks-differ']);
		expect(grade(strict, 'مسؤل')).toMatchObject({
			verdict: 'incorrect',
			notes: [{ code: 'letters-off', count: 1 }]
		});
	});
	it('a listed wrong answer (credit 0) gives its feedback', () => {
		expect(grade(standard, 'موسكو')).toMatchObject({
			verdict: 'incorrect',
			score: 0,
			feedback: [{ en: 'Moscow is where he came from.', ar: 'موسكو هي المدينة التي جاء منها.' }]
		});
	});
	it('Latin letters in an Arabic answer get a keyboard hint', () => {
		const g = grade(standard, 'alsharq');
		expect(g.verdict).toBe('incorrect');
		expect(codes(g.notes)).toEqual(['latin-letters']);
		expect(codes(grade(english, 'minister').notes)).not.toContain('latin-letters');
	});
});

describe('short answer: empty and malformed', () => {
	it('nothing, spaces, punctuation or invisible marks alone are unanswered', () => {
		for (const text of ['', '   ', '،.', '\u200F', 'ـ'])
			expect(grade(standard, text)).toMatchObject({ verdict: 'unanswered', score: 0 });
	});
	it('a response without text is invalid', () => {
		expect(gradeShortAnswer(standard, { kind: 'short-answer' } as never).verdict).toBe('invalid');
	});
});

describe('letterDistance', () => {
	it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
		expect(letterDistance('كتاب', 'كتاب')).toBe(0);
		expect(letterDistance('كتاب', 'كتب')).toBe(1);
		expect(letterDistance('كتاب', 'كتاا')).toBe(1);
		expect(letterDistance('كتاب', 'تكاب')).toBe(1);
		expect(letterDistance('كتاب', 'مكتبة', 5)).toBe(3);
		expect(letterDistance('كتاب', 'مدرسة')).toBe(3);
	});
});
