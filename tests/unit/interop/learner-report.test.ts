import { describe, expect, it } from 'vitest';
import {
	attemptsToCsv,
	attemptsToXapi,
	csvField,
	questionIri,
	type ReportAttempt
} from '../../../src/lib/interop/learner-report';

const base: ReportAttempt = {
	lessonId: 'shoigu-tehran-2023',
	setId: 'comprehension',
	questionId: 'q1',
	skill: 'literal',
	response: { kind: 'short-answer' },
	grade: { verdict: 'correct', score: 1 },
	first: { verdict: 'partial', score: 0.5 },
	answeredAt: Date.parse('2026-03-10T09:00:00Z')
};

const ATTEMPTS: ReportAttempt[] = [
	base,
	{
		...base,
		questionId: 'q2',
		skill: undefined,
		response: { kind: 'ordering' },
		grade: { verdict: 'incorrect', score: 0 },
		first: undefined,
		answeredAt: Date.parse('2026-03-09T08:00:00Z')
	},
	// A retry of an old record without `first`: its first is the earliest check of q2.
	{
		...base,
		questionId: 'q2',
		skill: undefined,
		response: { kind: 'ordering' },
		grade: { verdict: 'partial', score: 2 / 3 },
		first: undefined,
		answeredAt: Date.parse('2026-03-09T08:05:00Z')
	}
];

describe('attemptsToCsv', () => {
	it('writes one row per attempt, oldest first, with first and final results', () => {
		expect(attemptsToCsv(ATTEMPTS).split('\r\n')).toEqual([
			'lesson,set,question,kind,skill,first result,final result,time',
			'shoigu-tehran-2023,comprehension,q2,ordering,,0,0,2026-03-09T08:00:00.000Z',
			'shoigu-tehran-2023,comprehension,q2,ordering,,0,0.6667,2026-03-09T08:05:00.000Z',
			'shoigu-tehran-2023,comprehension,q1,short-answer,literal,0.5,1,2026-03-10T09:00:00.000Z',
			''
		]);
	});

	it('quotes fields that hold commas, quotes or line breaks', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});
});

describe('attemptsToXapi', () => {
	const statements = attemptsToXapi(ATTEMPTS, {
		homePage: 'https://fahm.example/',
		learner: 'b7c1e2'
	});

	it('makes one "answered" statement per attempt by an anonymous account', () => {
		expect(statements).toHaveLength(3);
		expect(statements[2]).toEqual({
			actor: {
				objectType: 'Agent',
				account: { homePage: 'https://fahm.example', name: 'b7c1e2' }
			},
			verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
			object: {
				objectType: 'Activity',
				id: 'https://fahm.example/lessons/shoigu-tehran-2023/sets/comprehension/questions/q1',
				definition: {
					type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
					interactionType: 'fill-in'
				}
			},
			result: { score: { scaled: 1 }, success: true, completion: true },
			context: {
				extensions: {
					'https://fahm.example/xapi/first-score': 0.5,
					'https://fahm.example/xapi/skill': 'literal'
				}
			},
			timestamp: '2026-03-10T09:00:00.000Z'
		});
	});

	it('scores a partial answer as unsuccessful, with its share scaled', () => {
		expect(statements[1]!.result).toEqual({
			score: { scaled: 2 / 3 },
			success: false,
			completion: true
		});
		expect(statements[1]!.object.definition.interactionType).toBe('sequencing');
	});

	it('gives a question the same IRI on every export, ids encoded', () => {
		expect(
			questionIri('https://fahm.example', { lessonId: 'a b', setId: 's', questionId: 'q/1' })
		).toBe('https://fahm.example/lessons/a%20b/sets/s/questions/q%2F1');
	});
});
