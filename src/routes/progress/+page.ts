import { loadSetSummaries } from '$lib/content/catalogue-data';
import type { PageLoad } from './$types';

// The dashboard needs each set's title and question ids, not the questions.
export const load: PageLoad = async ({ fetch }) => ({
	sets: (await loadSetSummaries(fetch)).map(({ lessonId, id, title, questionIds }) => ({
		lessonId,
		setId: id,
		title,
		questionIds
	}))
});
