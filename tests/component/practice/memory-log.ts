/** A PracticeLog kept in memory, standing in for the device's database. */
import type { Response } from '../../../src/lib/domain/grading/types';
import type { PracticeLog } from '../../../src/lib/state/practice-log';
import { answerDraftId, type AnswerPlace } from '../../../src/lib/storage/answer-drafts';
import {
	ATTEMPT_VERSION,
	type Attempt,
	type NewAttempt,
	type NewQuizProgress,
	type QuizProgress
} from '../../../src/lib/storage/attempts';
import { StorageError, type StorageErrorKind } from '../../../src/lib/storage/db';

export class MemoryLog implements PracticeLog {
	attempts: Attempt[] = [];
	progress = new Map<string, QuizProgress>();
	/** Unchecked answers by draft id, as stored (plain copies). */
	drafts = new Map<string, { place: AnswerPlace; response: Response; savedAt: number }>();
	/** When set, every write fails with this kind. */
	failing: StorageErrorKind | undefined;

	async record(attempt: NewAttempt): Promise<Attempt> {
		if (this.failing) throw new StorageError(this.failing);
		const stored: Attempt = {
			...(JSON.parse(JSON.stringify(attempt)) as NewAttempt),
			schemaVersion: ATTEMPT_VERSION,
			id: this.attempts.length + 1
		};
		this.attempts.push(stored);
		return stored;
	}

	async list(lessonId: string, setId: string) {
		const attempts = this.attempts.filter((a) => a.lessonId === lessonId && a.setId === setId);
		return { attempts, unreadable: 0 };
	}

	async saveProgress(progress: NewQuizProgress): Promise<QuizProgress> {
		if (this.failing) throw new StorageError(this.failing);
		const id = `${progress.lessonId}:${progress.setId}`;
		const stored: QuizProgress = {
			...(JSON.parse(JSON.stringify(progress)) as NewQuizProgress),
			schemaVersion: ATTEMPT_VERSION,
			id
		};
		this.progress.set(id, stored);
		return stored;
	}

	async loadProgress(lessonId: string, setId: string) {
		return this.progress.get(`${lessonId}:${setId}`);
	}

	async saveDraft(place: AnswerPlace, response: Response, savedAt: number): Promise<void> {
		if (this.failing) throw new StorageError(this.failing);
		const copy = JSON.parse(JSON.stringify(response)) as Response;
		this.drafts.set(answerDraftId(place), { place, response: copy, savedAt });
	}

	async deleteDraft(place: AnswerPlace): Promise<void> {
		if (this.failing) throw new StorageError(this.failing);
		this.drafts.delete(answerDraftId(place));
	}

	async listDrafts(lessonId: string, setId: string) {
		const responses = new Map<string, Response>();
		for (const { place, response } of this.drafts.values())
			if (place.lessonId === lessonId && place.setId === setId)
				responses.set(place.questionId, response);
		return { responses, unreadable: 0 };
	}
}
