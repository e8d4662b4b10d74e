import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindLabel } from '../../../src/lib/components/questions/kind-labels';
import { registry } from '../../../src/lib/components/questions/registry';
import { hasEditor, loadEditor } from '../../../src/lib/components/teach/editors';
import { emptyResponse } from '../../../src/lib/components/questions/responses';
import type { Question, QuestionKind } from '../../../src/lib/content/question-schema';
import { gradeAny } from '../../../src/lib/domain/grading';
import { KINDS } from '../../../src/lib/kinds';
import { lesson, question } from './fixtures';

const options = [
	{ id: 'a', text: 'أ', correct: true },
	{ id: 'b', text: 'ب', correct: false },
	{ id: 'c', text: 'ج', correct: false }
];
const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id }));

const samples: Question[] = [
	question('single-choice', { options }),
	question('multiple-response', { options }),
	question('true-false-not-stated', { answer: 'true' }),
	question('short-answer', { answerLanguage: 'ar', accepted: [{ text: 'طهران' }] }),
	question('numerical', { answer: 3 }),
	question('matching', {
		pairs: [
			{ id: 'x', left: 'x', right: 'X' },
			{ id: 'y', left: 'y', right: 'Y' }
		]
	}),
	question('ordering', { items }),
	question('cloze', { sentence: 'p1.s1', gaps: [{ token: 1 }], mode: 'typed' }),
	question('evidence', { claim: 'وصل الوزير.' }),
	question('free-response', {
		sampleAnswer: 'وصل الوزير.',
		checklist: [{ en: 'Names the minister', ar: 'يذكر الوزير' }]
	})
];

describe('registry', () => {
	it('finds a view for every kind of the kind list, and none other', () => {
		const kinds = Object.keys(registry) as QuestionKind[];
		expect(kinds.sort()).toEqual(KINDS.map((k) => k.kind).sort());
		expect(kinds.sort()).toEqual(samples.map((q) => q.kind).sort());
	});

	it('gives every kind a distinct label and a player of its own, and its editor', async () => {
		const kinds = KINDS.map((k) => k.kind);
		expect(registry['single-choice'].label()).toBe('Single choice');
		const labels = kinds.map((kind) => registry[kind].label());
		expect(new Set(labels).size).toBe(kinds.length);
		// The dashboard's labels (without the players' loaders) are the same names.
		expect(kinds.map(kindLabel)).toEqual(labels);
		expect(kindLabel('essay')).toBe('essay');
		const players = await Promise.all(kinds.map((kind) => registry[kind].Player()));
		expect(new Set(players.map((p) => p.default)).size).toBe(kinds.length);
		// Every kind gains its editor (issue 16); these five are written, each its own component.
		const editing = kinds.filter(hasEditor);
		expect(editing).toEqual(
			expect.arrayContaining(['short-answer', 'numerical', 'cloze', 'evidence', 'free-response'])
		);
		const editors = await Promise.all(editing.map((kind) => loadEditor(kind)));
		expect(editors.every((e) => e !== undefined)).toBe(true);
		expect(new Set(editors).size).toBe(editing.length);
	});

	it('starts every question empty: its grader asks for an answer (ordering starts shuffled, never right)', () => {
		for (const q of samples) {
			const response = emptyResponse(q);
			expect(response.kind).toBe(q.kind);
			const grade = gradeAny(q, response, { lesson });
			if (q.kind === 'ordering') expect(['partial', 'incorrect']).toContain(grade.verdict);
			else expect(grade.verdict).toBe('unanswered');
		}
	});
});

describe('emptyResponse for ordering', () => {
	const ordering = samples.find((q) => q.kind === 'ordering')!;

	it('deals the same order for the same question', () => {
		expect(emptyResponse(ordering)).toEqual(emptyResponse(ordering));
	});

	it('deals every item once and never in the right order, whatever the random source', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 8 }),
				(draws) => {
					let i = 0;
					const response = emptyResponse(ordering, () => draws[i++ % draws.length]!);
					if (response.kind !== 'ordering') throw new Error('wrong kind');
					expect([...response.order].sort()).toEqual(['a', 'b', 'c', 'd']);
					expect(response.order).not.toEqual(['a', 'b', 'c', 'd']);
				}
			)
		);
	});
});
