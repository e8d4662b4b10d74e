/**
 * Where practice keeps its answers and quiz positions: the device's database, or a stand-in that
 * tests pass to a session. Sessions own the log and the clock; components never reach storage.
 */
import * as stored from '$lib/storage/attempts';
import { announceProgress } from './progress-channel';

export interface PracticeLog {
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
	loadProgress: stored.loadQuizProgress
};
