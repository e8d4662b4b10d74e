import { lessonIds, loadQuestionSets } from '$lib/content';
import type { PageServerLoad } from './$types';

// At build time: the dashboard needs each set's title and question ids, not the questions.
export const load: PageServerLoad = async () => {
	const sets = await Promise.all(
		lessonIds.map(async (lessonId) =>
			(await loadQuestionSets(lessonId)).map((set) => ({
				lessonId,
				setId: set.id,
				title: set.title,
				questionIds: set.questions.map((q) => q.id)
			}))
		)
	);
	return { sets: sets.flat() };
};
