/**
 * The editor's blank questions and kind changes: "Add question" gives each kind the shape its
 * editor binds, and changing a question's kind keeps what the teacher wrote that still fits.
 */
import { describe, expect, it } from 'vitest';
import type { QuestionInput } from '../../../../src/lib/content/question-schema';
import { blankQuestion, EDITABLE_KINDS, withKind } from '../../../../src/lib/domain/editor';

const option = (id: string, text: string, correct = false) => ({ id, text, correct });
const written = {
	...blankQuestion('single-choice', 'q4'),
	prompt: { en: 'Who visited Tehran?', ar: 'من زار طهران؟' },
	hints: [{ en: 'Read the first sentence.', ar: 'اقرأ الجملة الأولى.' }],
	evidence: ['p1.s1'],
	points: 2,
	tier: 2 as const,
	skill: 'inference' as const,
	options: [option('a', 'شويغو', true), option('b', 'لافروف')]
} satisfies QuestionInput;
const shared = {
	id: 'q4',
	prompt: written.prompt,
	hints: written.hints,
	explanation: { en: '', ar: '' },
	evidence: ['p1.s1'],
	points: 2,
	tier: 2,
	skill: 'inference'
};

describe('blankQuestion', () => {
	it('offers the kinds in the order of the kind list', () => {
		expect(EDITABLE_KINDS).toEqual([
			'single-choice',
			'multiple-response',
			'true-false-not-stated',
			'short-answer',
			'numerical',
			'matching',
			'ordering',
			'cloze',
			'evidence',
			'free-response'
		]);
	});

	it('gives each choice kind the fewest options it may have, empty and unmarked', () => {
		expect(blankQuestion('single-choice', 'q1').options).toEqual([
			option('a', ''),
			option('b', '')
		]);
		expect(blankQuestion('multiple-response', 'q1').options.map((o) => o.id)).toEqual([
			'a',
			'b',
			'c'
		]);
	});

	it('fills the shared fields empty and the kind its own', () => {
		expect(blankQuestion('numerical', 'q9')).toEqual({
			id: 'q9',
			kind: 'numerical',
			prompt: { en: '', ar: '' },
			hints: [],
			explanation: { en: '', ar: '' },
			evidence: [],
			points: 1,
			tier: 1,
			skill: 'literal',
			answer: 0,
			tolerance: 0
		});
	});

	it('gives a fresh object each time, so two new questions never share a field', () => {
		const one = blankQuestion('ordering', 'q1');
		one.items[0]!.text = 'أولًا';
		expect(blankQuestion('ordering', 'q2').items[0]!.text).toBe('');
	});
});

describe('withKind', () => {
	it('single choice to multiple response keeps the options and adds a third', () => {
		const next = withKind(written, 'multiple-response');
		expect(next).toEqual({
			...shared,
			kind: 'multiple-response',
			options: [...written.options, option('c', '')]
		});
	});

	it('multiple response to single choice keeps all the options as they were', () => {
		const many = {
			...written,
			kind: 'multiple-response' as const,
			options: [option('a', 'شويغو', true), option('c', 'لافروف', true), option('d', 'بوتين')]
		};
		expect(withKind(many, 'single-choice')).toEqual({
			...shared,
			kind: 'single-choice',
			options: many.options
		});
	});

	it('names an added option by the first free letter', () => {
		const gapped = { ...written, options: [option('a', 'x'), option('c', 'y')] };
		const next = withKind(gapped, 'multiple-response') as { options: { id: string }[] };
		expect(next.options.map((o) => o.id)).toEqual(['a', 'c', 'b']);
	});

	it('to a kind without options keeps the shared fields and starts its own blank', () => {
		expect(withKind(written, 'true-false-not-stated')).toEqual({
			...shared,
			kind: 'true-false-not-stated',
			answer: 'true',
			feedback: {}
		});
	});

	it('from a kind without options gives a choice kind blank options', () => {
		const numerical = { ...blankQuestion('numerical', 'q4'), answer: 12 };
		expect(withKind(numerical, 'single-choice')).toMatchObject({
			kind: 'single-choice',
			options: [option('a', ''), option('b', '')]
		});
	});

	it('does not share the options with the question it came from', () => {
		const next = withKind(written, 'multiple-response') as { options: { text: string }[] };
		next.options[0]!.text = 'changed';
		expect(written.options[0]!.text).toBe('شويغو');
	});
});
