/**
 * Where practice keeps its answers and quiz positions: the device's database, or a stand-in that
 * tests pass to a session. Sessions own the log and the clock; components never reach storage.
 */
import * as stored from '$lib/storage/attempts';

export interface PracticeLog {
	record(attempt: stored.NewAttempt): Promise<unknown>;
	list(lessonId: string, setId: string): Promise<stored.AttemptList>;
	saveProgress(progress: stored.NewQuizProgress): Promise<unknown>;
	loadProgress(lessonId: string, setId: string): Promise<stored.QuizProgress | undefined>;
}

export const deviceLog: PracticeLog = {
	record: stored.recordAttempt,
	list: stored.listAttempts,
	saveProgress: stored.saveQuizProgress,
	loadProgress: stored.loadQuizProgress
};
