/**
 * The reading skills a question tests, in the order a teacher and a learner see them. Plain data
 * without valibot: the quiz's score screen and the stored attempts use it too, and they ship with
 * the quiz page, which has a JS budget. `SkillSchema` in question-schema.ts is built from it.
 */
export const SKILLS = [
	/** Stated in the text: locate and match. */
	'literal',
	/** Follows from the text without being stated. */
	'inference',
	/** What a pronoun or a word like الذي / ذلك / بدوره points to. */
	'reference',
	/** The meaning a word has here. */
	'vocabulary-in-context',
	/** The point of a paragraph or the article; a best headline or summary. */
	'main-idea',
	/** Connectors and reporting verbs: بدوره، إلى ذلك، في الأثناء، أعرب، أشار، اعتبر، أكد، لافتاً. */
	'discourse',
	/** Who claims what: the reporter's voice against a quoted source; what the article does not establish. */
	'source'
] as const;

export type Skill = (typeof SKILLS)[number];

const known = new Set<unknown>(SKILLS);

/** True when `value` is one of the skills. */
export function isSkill(value: unknown): value is Skill {
	return known.has(value);
}
