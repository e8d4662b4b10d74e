import { lessonIds, loadQuestionSets } from '$lib/content';
import { SKILLS } from '$lib/content/skills';
import type { PageServerLoad } from './$types';

// At build time: the list shows each built-in set's title, size and skills, not its questions.
export const load: PageServerLoad = async () => {
	const sets = await Promise.all(
		lessonIds.map(async (lessonId) =>
			(await loadQuestionSets(lessonId)).map((set) => {
				const used = new Set(set.questions.map((q) => q.skill));
				return {
					lessonId,
					id: set.id,
					title: set.title,
					questionCount: set.questions.length,
					skills: SKILLS.filter((skill) => used.has(skill))
				};
			})
		)
	);
	return { builtIn: sets.flat() };
};
