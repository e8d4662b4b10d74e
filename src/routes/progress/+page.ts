import { loadLessonSummaries, loadSetSummaries } from '$lib/content/catalogue-data';
import type { PageLoad } from './$types';

// The dashboard needs each lesson's summary, and each set's title and question ids, not the questions.
export const load: PageLoad = async ({ fetch }) => {
	const [lessons, sets] = await Promise.all([loadLessonSummaries(fetch), loadSetSummaries(fetch)]);
	return {
		lessons,
		sets: sets.map(({ lessonId, id, title, questionIds }) => ({
			lessonId,
			setId: id,
			title,
			questionIds
		}))
	};
};
