/**
 * Adding a kind is one folder plus one line in one array: a throwaway eleventh kind, kept in a test
 * fixture folder and added to a copy of the kind list, is picked up by the question schema, the
 * grader table, the stored-attempt guard, the command line's answer reader, the bench workload and
 * the teacher editor's kind list and blank questions, with no other file touched. The app's own tables, built from the app's list, do not know it.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../bin/commands/grade';
import { loadLesson } from '../../../src/lib/content/index';
import {
	buildQuestionSetSchema,
	QuestionSetSchema,
	type QuestionSet
} from '../../../src/lib/content/question-schema';
import { buildGrader, gradeAny } from '../../../src/lib/domain/grading/index';
import type { Response } from '../../../src/lib/domain/grading/types';
import { buildWorkload } from '../../../src/lib/domain/grading/workload';
import { buildTemplates, EDITABLE_KINDS } from '../../../src/lib/domain/editor/templates';
import { KINDS } from '../../../src/lib/kinds/index';
import { buildResponseGuard } from '../../../src/lib/kinds/kind';
import { ATTEMPT_VERSION, readAttempt, readQuizProgress } from '../../../src/lib/storage/attempts';
import { yesNo } from '../fixtures/kinds/yes-no';

const kinds = [...KINDS, yesNo];
const lesson = (await loadLesson('shoigu-tehran-2023'))!;

const yesNoInput = {
	id: 'q-yes-no',
	kind: 'yes-no',
	prompt: { en: 'Shoigu visited Tehran.', ar: 'زار شويغو طهران.' },
	explanation: { en: 'The first sentence says so.', ar: 'تقول ذلك الجملة الأولى.' },
	evidence: ['p1.s1'],
	tier: 1,
	skill: 'literal',
	answer: true
};
const setInput = {
	id: 'eleven',
	article: 'shoigu-tehran-2023',
	title: { en: 'Eleven kinds', ar: 'أحد عشر نوعًا' },
	questions: [
		yesNoInput,
		{
			...yesNoInput,
			id: 'q-choice',
			kind: 'true-false-not-stated',
			answer: 'true'
		}
	]
};

describe('an eleventh kind added to the kind list', () => {
	it('is parsed by the question set schema, with the shared defaults filled in', () => {
		const set = v.parse(buildQuestionSetSchema(kinds), setInput);
		expect(set.questions.map((q) => q.kind)).toEqual(['yes-no', 'true-false-not-stated']);
		expect(set.questions[0]).toMatchObject({ id: 'q-yes-no', answer: true, points: 1, hints: [] });
	});

	it('is held to its own schema: a yes-no answer must be true or false', () => {
		const bad = { ...setInput, questions: [{ ...yesNoInput, answer: 'yes' }] };
		const result = v.safeParse(buildQuestionSetSchema(kinds), bad);
		expect(result.success).toBe(false);
		expect(result.issues?.map((i) => v.getDotPath(i))).toEqual(['questions.0.answer']);
	});

	it('is not a kind of the app: the app schema rejects it at its kind', () => {
		const result = v.safeParse(QuestionSetSchema, setInput);
		expect(result.success).toBe(false);
		expect(result.issues?.map((i) => v.getDotPath(i))).toEqual(['questions.0.kind']);
	});

	it('is graded by its own grader through the grader table', () => {
		const set = v.parse(buildQuestionSetSchema(kinds), setInput);
		const question = set.questions[0]!;
		const grade = buildGrader(kinds);
		expect(grade(question, { kind: 'yes-no', value: true })).toMatchObject({
			verdict: 'correct',
			score: 1,
			parts: [{ id: 'true', correct: true }]
		});
		expect(grade(question, { kind: 'yes-no', value: false })).toMatchObject({
			verdict: 'incorrect',
			score: 0
		});
		expect(grade(question, { kind: 'yes-no', value: null }).verdict).toBe('unanswered');
		// A response of another kind is invalid, as for the app's kinds.
		expect(grade(question, { kind: 'true-false-not-stated', value: 'true' }).verdict).toBe(
			'invalid'
		);
		// The app's own table does not know the kind: invalid, never a crash.
		const asApp = question as unknown as QuestionSet['questions'][number];
		const response = { kind: 'yes-no', value: true } as unknown as Response;
		expect(gradeAny(asApp, response).verdict).toBe('invalid');
	});

	it('has its stored attempts and quiz drafts read back, and damaged ones skipped', () => {
		const stored = {
			schemaVersion: ATTEMPT_VERSION,
			id: 7,
			lessonId: 'shoigu-tehran-2023',
			setId: 'eleven',
			questionId: 'q-yes-no',
			response: { kind: 'yes-no', value: false },
			grade: { verdict: 'incorrect', score: 0, points: 0, feedback: [], notes: [], parts: [] },
			answeredAt: 1000,
			mode: 'practice',
			first: { verdict: 'incorrect', score: 0, points: 0 },
			checks: 1
		};
		const isResponse = buildResponseGuard(kinds);
		expect(readAttempt(stored, isResponse)?.response).toEqual({ kind: 'yes-no', value: false });
		const damaged = { ...stored, response: { kind: 'yes-no', value: 'no' } };
		expect(readAttempt(damaged, isResponse)).toBeUndefined();
		// The app's guard, built from the app's list, does not read it.
		expect(readAttempt(stored)).toBeUndefined();

		const progress = {
			schemaVersion: ATTEMPT_VERSION,
			id: 'shoigu-tehran-2023:eleven',
			lessonId: 'shoigu-tehran-2023',
			setId: 'eleven',
			mode: 'test',
			phase: 'question',
			index: 0,
			revealed: [],
			drafts: { 'q-yes-no': { kind: 'yes-no', value: true } },
			startedAt: 1,
			updatedAt: 2
		};
		expect(readQuizProgress(progress, isResponse)?.drafts).toEqual({
			'q-yes-no': { kind: 'yes-no', value: true }
		});
		expect(readQuizProgress(progress)).toBeUndefined();
	});

	it('has its answers read on the command line, and a bad one explained with its format', async () => {
		const question = v.parse(buildQuestionSetSchema(kinds), setInput).questions[0]!;
		expect(await parseAnswer(kinds, question, ' نعم ')).toEqual({ kind: 'yes-no', value: true });
		expect(await parseAnswer(kinds, question, 'no')).toEqual({ kind: 'yes-no', value: false });
		expect(await parseAnswer(kinds, question, 'maybe')).toBe(
			'"maybe" is not yes or no; a yes-no ANSWER is yes or no (نعم or لا)'
		);
		expect(await parseAnswer(KINDS, question, 'yes')).toBe('no kind "yes-no"');
	});

	it('gives the bench its typical answers', async () => {
		const question = v.parse(buildQuestionSetSchema(kinds), setInput).questions[0]!;
		const cases = await buildWorkload(kinds)([question], lesson);
		expect(cases.map((c) => c.response)).toEqual([
			{ kind: 'yes-no', value: true },
			{ kind: 'yes-no', value: false },
			{ kind: 'yes-no', value: null }
		]);
	});

	it("is offered by the editor's Add question, blank, and a kind change keeps what it may", () => {
		const editor = buildTemplates(kinds);
		expect(editor.kinds).toEqual([...EDITABLE_KINDS, 'yes-no']);
		expect(EDITABLE_KINDS).not.toContain('yes-no');
		const blank = editor.blank('yes-no', 'q7');
		expect(blank).toEqual({
			id: 'q7',
			kind: 'yes-no',
			prompt: { en: '', ar: '' },
			hints: [],
			explanation: { en: '', ar: '' },
			evidence: [],
			points: 1,
			tier: 1,
			skill: 'literal',
			answer: true
		});
		// Written out, the blank is a question its schema accepts.
		const written = { ...blank, prompt: yesNoInput.prompt, explanation: yesNoInput.explanation };
		const parsed = v.safeParse(buildQuestionSetSchema(kinds), {
			...setInput,
			questions: [{ ...written, evidence: ['p1.s1'] }]
		});
		expect(parsed.success).toBe(true);
		// A true-false "false" becomes a yes-no false (the kind's own carry), prompt kept...
		const fromTrueFalse = editor.withKind(
			{ ...yesNoInput, kind: 'true-false-not-stated', answer: 'false' },
			'yes-no'
		);
		expect(fromTrueFalse).toMatchObject({
			kind: 'yes-no',
			answer: false,
			prompt: yesNoInput.prompt
		});
		// ...and back, the true-false answer starts at its blank again: true / false / not stated takes nothing.
		expect(editor.withKind(fromTrueFalse, 'true-false-not-stated')).toMatchObject({
			kind: 'true-false-not-stated',
			answer: 'true',
			feedback: {},
			prompt: yesNoInput.prompt
		});
	});
});
