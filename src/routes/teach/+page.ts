import { loadLessonSummaries, loadSetSummaries } from '$lib/content/catalogue-data';
import type { PageLoad } from './$types';

// The list shows each lesson, and each built-in set's title, size and skills, not its questions.
export const load: PageLoad = async ({ fetch }) => {
	const [lessons, sets] = await Promise.all([loadLessonSummaries(fetch), loadSetSummaries(fetch)]);
	return {
		lessons,
		builtIn: sets.map(({ lessonId, id, title, questionIds, skills }) => ({
			lessonId,
			id,
			title,
			questionCount: questionIds.length,
			skills
		}))
	};
};
