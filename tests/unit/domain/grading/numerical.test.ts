import { describe, expect, it } from 'vitest';
import { gradeNumerical, parseNumber } from '../../../../src/lib/kinds/numerical/grade';
import { fixture } from '../../fixtures/question-set';

const exact = fixture('numerical', 'fx-num');
const within = fixture('numerical', 'fx-num-tol');
const grade = (q: typeof exact, text: string) => gradeNumerical(q, { kind: 'numerical', text });

describe('parseNumber', () => {
	it.each([
		['2023', 2023],
		['٢٠٢٣', 2023],
		['۲۰۲۳', 2023],
		['٣٫٥', 3.5],
		['3.5', 3.5],
		['3,5', 3.5],
		['١٬٠٠٠', 1000],
		['1,000,000', 1000000],
		['-4', -4],
		['−4', -4],
		[' 12 ', 12],
		['\u200F١٢', 12]
	])('reads %s as %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});
	it('reads the unit around the number, folded, and nothing else', () => {
		expect(parseNumber('٣ أيام', 'أيام')).toBe(3);
		expect(parseNumber('3 ايام', 'أيام')).toBe(3);
		expect(parseNumber('3 سنوات', 'أيام')).toBeNaN();
		expect(parseNumber('ثلاثة')).toBeNaN();
		expect(parseNumber('1.2.3')).toBeNaN();
	});
});

describe('numerical', () => {
	it('right: the exact number in any digits', () => {
		expect(grade(exact, '2023')).toMatchObject({ verdict: 'correct', score: 1, notes: [] });
		expect(grade(exact, '٢٠٢٣')).toMatchObject({
			verdict: 'correct',
			notes: [{ code: 'digits-read' }]
		});
	});
	it('right within the tolerance, inclusive', () => {
		for (const text of ['3', '4', '٣٫٥ أيام', '3.9'])
			expect(grade(within, text).verdict).toBe('correct');
	});
	it('wrong: outside the tolerance (a number is right or not: no partial credit)', () => {
		expect(grade(within, '4.6')).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(grade(exact, '2022').verdict).toBe('incorrect');
	});
	it('empty: unanswered', () => {
		expect(grade(exact, '  ').verdict).toBe('unanswered');
	});
	it('malformed: text that is not a number is invalid, with a note saying so', () => {
		expect(grade(exact, 'ألفان')).toMatchObject({
			verdict: 'invalid',
			notes: [{ code: 'not-a-number' }]
		});
	});
});
