import { describe, expect, it } from 'vitest';
import {
	BACKUP_VERSION,
	BackupError,
	attemptIdentity,
	buildBackup,
	isEmptyPlan,
	parseBackup,
	planMerge,
	type BackupRecord,
	type BackupRecords
} from '../../../src/lib/interop/progress-backup';

const NOW = Date.parse('2026-03-10T12:00:00Z');

const attempt = (questionId: string, answeredAt: number, option = 'a'): BackupRecord => ({
	schemaVersion: 2,
	id: 7,
	lessonId: 'shoigu',
	setId: 'comprehension',
	questionId,
	response: { kind: 'single-choice', option },
	grade: { verdict: 'correct', score: 1, points: 1, feedback: [], notes: [], parts: [] },
	answeredAt,
	mode: 'practice',
	first: { verdict: 'correct', score: 1, points: 1 },
	checks: 1
});

const word = (id: string, savedAt: number): BackupRecord => ({
	schemaVersion: 1,
	id,
	lessonId: 'shoigu',
	lemmaId: id.split(':')[1],
	lemma: 'وَزِير',
	gloss: 'minister',
	form: 'وَزِيرُ',
	sentenceId: 'p1.s1',
	savedAt
});

const card = (id: string, reps: number): BackupRecord => ({ schemaVersion: 1, id, reps });

const records = (partial: Partial<BackupRecords>): BackupRecords => ({
	attempts: [],
	quizProgress: [],
	savedWords: [],
	reviewCards: [],
	settings: [],
	drafts: [],
	...partial
});

const byReps = (a: BackupRecord, b: BackupRecord) => Number(a.reps) - Number(b.reps);

describe('buildBackup and parseBackup', () => {
	it('writes a versioned file that reads back the same, without the device-local attempt keys', () => {
		const backup = buildBackup(
			records({ attempts: [attempt('q1', 1000)], savedWords: [word('shoigu:wazir', 5)] }),
			NOW
		);
		expect(backup).toMatchObject({
			format: 'fahm-progress',
			version: BACKUP_VERSION,
			exportedAt: '2026-03-10T12:00:00.000Z'
		});
		expect(backup.attempts[0]).not.toHaveProperty('id');
		expect(backup.attempts[0]!.questionId).toBe('q1');
		expect(parseBackup(JSON.stringify(backup))).toEqual(backup);
	});

	it('reads a file without drafts (they are optional) as one with none', () => {
		const { drafts: _none, ...withoutDrafts } = buildBackup(records({}), NOW);
		expect(parseBackup(JSON.stringify(withoutDrafts)).drafts).toEqual([]);
	});

	const refusal = (text: string) => {
		try {
			parseBackup(text);
		} catch (error) {
			if (error instanceof BackupError) return error.problem;
			throw error;
		}
		throw new Error('accepted');
	};

	it('refuses a file that is not JSON, or not a Fahm backup', () => {
		expect(refusal('{"format": "fahm-progress",')).toEqual({ code: 'not-json' });
		expect(refusal('{"format": "fahm-lesson", "version": 1}')).toEqual({ code: 'not-a-backup' });
		expect(refusal('[1, 2]')).toEqual({ code: 'not-a-backup' });
	});

	it('refuses a file from a newer version, saying which', () => {
		const newer = { ...buildBackup(records({}), NOW), version: BACKUP_VERSION + 1 };
		expect(refusal(JSON.stringify(newer))).toEqual({
			code: 'newer-version',
			version: BACKUP_VERSION + 1
		});
	});

	it('names the record and the field that is wrong', () => {
		const backup = buildBackup(
			records({
				attempts: [
					attempt('q1', 1),
					attempt('q2', 2),
					attempt('q3', 3),
					{ ...attempt('q4', 4), answeredAt: '2026-03-10' }
				]
			}),
			NOW
		);
		expect(refusal(JSON.stringify(backup))).toEqual({
			code: 'not-a-number',
			path: 'attempts[3].answeredAt'
		});
		const noId = { ...buildBackup(records({}), NOW), savedWords: [{ schemaVersion: 1 }] };
		expect(refusal(JSON.stringify(noId))).toEqual({ code: 'not-text', path: 'savedWords[0].id' });
		const notList = { ...buildBackup(records({}), NOW), reviewCards: { a: 1 } };
		expect(refusal(JSON.stringify(notList))).toEqual({ code: 'not-a-list', path: 'reviewCards' });
		const notObject = { ...buildBackup(records({}), NOW), settings: ['dark'] };
		expect(refusal(JSON.stringify(notObject))).toEqual({
			code: 'not-an-object',
			path: 'settings[0]'
		});
	});
});

describe('attemptIdentity', () => {
	it('is the same answer whatever the key order, and differs with the response or the time', () => {
		const a = attempt('q1', 1000);
		const reordered = { ...a, response: { option: 'a', kind: 'single-choice' } };
		expect(attemptIdentity(reordered)).toBe(attemptIdentity(a));
		expect(attemptIdentity(attempt('q1', 1000, 'b'))).not.toBe(attemptIdentity(a));
		expect(attemptIdentity(attempt('q1', 1001))).not.toBe(attemptIdentity(a));
	});
});

describe('planMerge', () => {
	const device = records({
		attempts: [attempt('q1', 1000)],
		savedWords: [word('shoigu:wazir', 5)],
		reviewCards: [card('shoigu:wazir', 3), card('shoigu:amn', 1)],
		quizProgress: [{ schemaVersion: 2, id: 'shoigu:comprehension', updatedAt: 50 }],
		settings: [{ schemaVersion: 1, id: 'review', retention: 0.9 }]
	});

	it('adds only what the device lacks, and replaces a card only by one further along', () => {
		const file = records({
			attempts: [attempt('q1', 1000), attempt('q2', 2000), attempt('q2', 2000)],
			savedWords: [word('shoigu:wazir', 9), word('shoigu:amn', 9)],
			reviewCards: [card('shoigu:wazir', 2), card('shoigu:amn', 4), card('shoigu:sila', 0)],
			quizProgress: [{ schemaVersion: 2, id: 'shoigu:comprehension', updatedAt: 80 }],
			settings: [{ schemaVersion: 1, id: 'review', retention: 0.8 }]
		});
		const plan = planMerge(file, device, { reviewCards: byReps });
		expect(plan.counts).toEqual({
			attempts: { added: 1, updated: 0, unchanged: 2 },
			quizProgress: { added: 0, updated: 1, unchanged: 0 },
			savedWords: { added: 1, updated: 0, unchanged: 1 },
			reviewCards: { added: 1, updated: 1, unchanged: 1 },
			settings: { added: 0, updated: 0, unchanged: 1 },
			drafts: { added: 0, updated: 0, unchanged: 0 }
		});
		expect(plan.writes.attempts.map((a) => a.questionId)).toEqual(['q2']);
		expect(plan.writes.attempts[0]).not.toHaveProperty('id');
		expect(plan.writes.reviewCards.map((c) => [c.id, c.reps])).toEqual([
			['shoigu:amn', 4],
			['shoigu:sila', 0]
		]);
		expect(plan.writes.settings).toEqual([]);
	});

	it('plans nothing when the file holds what the device has', () => {
		const again = planMerge(device, device, { reviewCards: byReps });
		expect(isEmptyPlan(again)).toBe(true);
		expect(again.counts.attempts).toEqual({ added: 0, updated: 0, unchanged: 1 });
	});
});
