import { listAnswerDrafts } from '$lib/storage/answer-drafts';
import { loadQuizProgress } from '$lib/storage/attempts';

/**
 * Whether set `setId` is under way on this device (a drill the learner comes back to): a run is
 * stored, or an answer half typed before the first check. False when storage cannot say: the set
 * then waits for Start, which reports the storage problem.
 */
export async function setUnderWay(lessonId: string, setId: string): Promise<boolean> {
	try {
		if ((await loadQuizProgress(lessonId, setId)) !== undefined) return true;
		return (await listAnswerDrafts(lessonId, setId)).responses.size > 0;
	} catch {
		return false;
	}
}
