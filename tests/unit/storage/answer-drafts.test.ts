import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	deleteAnswerDraft,
	listAnswerDrafts,
	saveAnswerDraft
} from '../../../src/lib/storage/answer-drafts';
import { closeDatabase } from '../../../src/lib/storage/db';
import { saveDraft } from '../../../src/lib/storage/drafts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDatabase());

const place = (setId: string, questionId: string) => ({ lessonId: 'l', setId, questionId });

describe('answer drafts', () => {
	it('gives back the unchecked answers of one set, by question, after a reopen', async () => {
		await saveAnswerDraft(place('s', 'q1'), { kind: 'short-answer', text: 'طهر' }, 1000);
		await saveAnswerDraft(place('s', 'q2'), { kind: 'single-choice', option: 'b' }, 2000);
		await saveAnswerDraft(place('s:2', 'q1'), { kind: 'short-answer', text: 'other set' }, 3000);
		closeDatabase();
		const { responses, unreadable } = await listAnswerDrafts('l', 's');
		expect([...responses]).toEqual([
			['q1', { kind: 'short-answer', text: 'طهر' }],
			['q2', { kind: 'single-choice', option: 'b' }]
		]);
		expect(unreadable).toBe(0);
	});

	it('forgets a draft once deleted', async () => {
		await saveAnswerDraft(place('s', 'q1'), { kind: 'numerical', text: '12' }, 1000);
		await deleteAnswerDraft(place('s', 'q1'));
		expect((await listAnswerDrafts('l', 's')).responses.size).toBe(0);
	});

	it('counts a draft whose answer is damaged as unreadable, and keeps the rest', async () => {
		await saveAnswerDraft(place('s', 'q1'), { kind: 'short-answer', text: 'a' }, 1000);
		await saveDraft(
			'answer:l:s:q2',
			'answer',
			{ ...place('s', 'q2'), response: { kind: 'short-answer', text: 7 } },
			2000
		);
		const { responses, unreadable } = await listAnswerDrafts('l', 's');
		expect([...responses.keys()]).toEqual(['q1']);
		expect(unreadable).toBe(1);
	});
});
