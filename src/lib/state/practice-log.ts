/**
 * Where practice keeps its answers, quiz positions and unchecked answers: the device's database,
 * or a stand-in that tests pass to a session. Sessions own the log and the clock; components
 * never reach storage.
 */
import * as drafts from '$lib/storage/answer-drafts';
import * as stored from '$lib/storage/attempts';
import { announceProgress } from './progress-channel';
import type { DraftLog } from './draft-keeper';

export interface PracticeLog extends DraftLog {
	record(attempt: stored.NewAttempt): Promise<unknown>;
	list(lessonId: string, setId: string): Promise<stored.AttemptList>;
	saveProgress(progress: stored.NewQuizProgress): Promise<unknown>;
	loadProgress(lessonId: string, setId: string): Promise<stored.QuizProgress | undefined>;
}

export const deviceLog: PracticeLog = {
	async record(attempt) {
		const recorded = await stored.recordAttempt(attempt);
		announceProgress('attempts');
		return recorded;
	},
	list: stored.listAttempts,
	saveProgress: stored.saveQuizProgress,
	loadProgress: stored.loadQuizProgress,
	saveDraft: drafts.saveAnswerDraft,
	deleteDraft: drafts.deleteAnswerDraft,
	listDrafts: drafts.listAnswerDrafts
};
