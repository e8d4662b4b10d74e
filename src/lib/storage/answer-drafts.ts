/**
 * Answers changed but not checked yet, kept in the drafts store (kind 'answer') so that a reload,
 * an update or a crash gives them back: one draft per lesson, question set and question. The
 * response is checked on read like a stored attempt's; a draft that cannot be read is counted and
 * left in place.
 */
import type { Response } from '$lib/domain/grading/types';
import { isResponse } from './attempts';
import { deleteDraft, listDrafts, saveDraft } from './drafts';
import { isRecord, isText } from './guards';

/** Where an unchecked answer belongs: a lesson's question set (as stored) and one question. */
export interface AnswerPlace {
	lessonId: string;
	setId: string;
	questionId: string;
}

const setPrefix = (lessonId: string, setId: string) => `answer:${lessonId}:${setId}:`;

/** The draft id of one question's unchecked answer. */
export function answerDraftId({ lessonId, setId, questionId }: AnswerPlace): string {
	return setPrefix(lessonId, setId) + questionId;
}

/** Saves (or replaces) the unchecked answer of one question. Rejects with a StorageError. */
export async function saveAnswerDraft(
	place: AnswerPlace,
	response: Response,
	savedAt: number
): Promise<void> {
	// $state proxies cannot be cloned into IndexedDB: store a plain copy.
	const value = JSON.parse(JSON.stringify({ ...place, response })) as unknown;
	await saveDraft(answerDraftId(place), 'answer', value, savedAt);
}

/** Removes the unchecked answer of one question (once it is checked, or changed back). */
export async function deleteAnswerDraft(place: AnswerPlace): Promise<void> {
	await deleteDraft(answerDraftId(place));
}

export interface AnswerDrafts {
	/** The unchecked answers of a set, by question id. */
	responses: Map<string, Response>;
	/** Drafts that could not be read (damaged, or written by a newer app). They stay stored. */
	unreadable: number;
}

/** Every readable unchecked answer of one lesson's question set. Rejects with a StorageError. */
export async function listAnswerDrafts(lessonId: string, setId: string): Promise<AnswerDrafts> {
	const { drafts, unreadable } = await listDrafts(setPrefix(lessonId, setId));
	const responses = new Map<string, Response>();
	let damaged = 0;
	for (const { id, kind, value } of drafts) {
		// A set whose id starts with this one's (`set` and `set:2`) shares the prefix: not ours.
		if (isRecord(value) && isText(value.setId) && value.setId !== setId) continue;
		const ok =
			kind === 'answer' &&
			isRecord(value) &&
			isText(value.questionId) &&
			id === answerDraftId({ lessonId, setId, questionId: value.questionId as string }) &&
			isResponse(value.response);
		if (ok) responses.set(value.questionId as string, value.response as Response);
		else damaged++;
	}
	return { responses, unreadable: unreadable + damaged };
}
