import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Grade } from '../../../src/lib/domain/grading/types';
import {
	ATTEMPT_VERSION,
	listAttempts,
	readAttempt,
	recordAttempt,
	type NewAttempt
} from '../../../src/lib/storage/attempts';
import { closeDatabase } from '../../../src/lib/storage/db';

const grade: Grade = {
	verdict: 'correct',
	score: 1,
	points: 1,
	feedback: [],
	notes: [],
	parts: []
};
const attempt: NewAttempt = {
	lessonId: 'shoigu-tehran-2023',
	setId: 'comprehension',
	questionId: 'ref-biladihi-p6',
	skill: 'reference',
	response: { kind: 'single-choice', option: 'iran' },
	grade,
	answeredAt: 10,
	mode: 'practice',
	first: { verdict: 'correct', score: 1, points: 1 },
	checks: 1
};

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

it('stores each answer with its question’s reading skill', async () => {
	await recordAttempt(attempt);
	const { attempts } = await listAttempts('shoigu-tehran-2023', 'comprehension');
	expect(attempts.map((a) => a.skill)).toEqual(['reference']);
});

it('still reads an answer stored before questions had skills', () => {
	const { skill: _none, ...older } = attempt;
	const raw = { ...older, schemaVersion: ATTEMPT_VERSION, id: 1 };
	expect(readAttempt(raw)).toEqual(raw);
	expect(readAttempt(raw)!.skill).toBeUndefined();
});

it('refuses a record whose skill is not a reading skill', () => {
	const raw = { ...attempt, skill: 'grammar', schemaVersion: ATTEMPT_VERSION, id: 1 };
	expect(readAttempt(raw)).toBeUndefined();
});
