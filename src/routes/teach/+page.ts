import { loadSetSummaries } from '$lib/content/catalogue-data';
import type { PageLoad } from './$types';

// The list shows each built-in set's title, size and skills, not its questions.
export const load: PageLoad = async ({ fetch }) => ({
	builtIn: (await loadSetSummaries(fetch)).map(({ lessonId, id, title, questionIds, skills }) => ({
		lessonId,
		id,
		title,
		questionCount: questionIds.length,
		skills
	}))
});
