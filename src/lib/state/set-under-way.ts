import { loadQuizProgress } from '$lib/storage/attempts';

/**
 * Whether a run of set `setId` is stored on this device (a drill the learner comes back to).
 * False when storage cannot say: the set then waits for Start, which reports the storage problem.
 */
export async function setUnderWay(lessonId: string, setId: string): Promise<boolean> {
	try {
		return (await loadQuizProgress(lessonId, setId)) !== undefined;
	} catch {
		return false;
	}
}
