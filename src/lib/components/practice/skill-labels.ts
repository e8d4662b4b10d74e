/** The name of each reading skill in the UI language. */
import type { Skill } from '$lib/content/skills';
import { m } from '$lib/paraglide/messages';

export const skillLabels: Record<Skill, () => string> = {
	literal: m.skill_literal,
	inference: m.skill_inference,
	reference: m.skill_reference,
	'vocabulary-in-context': m.skill_vocabulary_in_context,
	'main-idea': m.skill_main_idea,
	discourse: m.skill_discourse,
	source: m.skill_source
};
