/**
 * Question sets: the question schema is one discriminated union on `kind`, built from the kinds'
 * own schemas (src/lib/kinds/<kind>/schema.ts) and the shared parts (question-parts.ts).
 * Teacher-written strings are plain text, rendered as text. What a learner is told about a
 * question (prompt, hints, explanation, feedback, checklist) is written in both languages, so the
 * player can show it in the interface language with the other a tap away; options, answers and
 * sample answers are in the question's own answer language (see field-language.ts).
 */
import * as v from 'valibot';
import { KINDS } from '../kinds';
import type { AnyKind, AnyQuestion, QuestionInputOfModule, QuestionOfModule } from '../kinds/kind';
import { PromptSchema, schemaKit, unique } from './question-parts';
import { IdSchema } from './schema';
import { SKILLS, type Skill } from './skills';

export { SKILLS, type Skill };
export {
	BilingualSchema,
	FoldProfileSchema,
	LanguageSchema,
	PromptSchema,
	SKILL_MESSAGE,
	SkillSchema,
	type Bilingual,
	type FoldProfile,
	type Prompt
} from './question-parts';
export { TRUTH_VALUES, type TruthValue } from '../kinds/true-false-not-stated/schema';

/** The schema of a question of any of `kinds`: one variant per kind, told apart by `kind`. */
export function buildQuestionSchema<M extends AnyKind>(
	kinds: readonly M[]
): v.GenericSchema<QuestionInputOfModule<M>, QuestionOfModule<M>> {
	const variant = v.variant(
		'kind',
		kinds.map((k) => k.schema(schemaKit))
	);
	// The variant's own type names each schema; the union of the kinds' questions is the same set.
	return variant as unknown as v.GenericSchema<QuestionInputOfModule<M>, QuestionOfModule<M>>;
}

/** The schema of a question set whose questions `question` checks. */
function questionSetSchema<T extends v.GenericSchema<unknown, { id: string }>>(question: T) {
	return v.object({
		id: IdSchema,
		/** The article the questions are about. */
		article: IdSchema,
		title: PromptSchema,
		/** Share of the points needed to pass, 0 to 1. */
		passMark: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.7),
		/** The fewest questions each skill must have (`fahm check` counts them); 0 asks for none. */
		minPerSkill: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
		questions: v.pipe(
			v.array(question),
			v.minLength(1, 'a set needs at least one question'),
			unique((q) => q.id, 'questions')
		)
	});
}

/** The schema of a question set whose questions are of `kinds` (a list other than the app's). */
export function buildQuestionSetSchema(kinds: readonly AnyKind[]) {
	return questionSetSchema(buildQuestionSchema(kinds) as v.GenericSchema<unknown, AnyQuestion>);
}

/** A question of any of the app's kinds (src/lib/kinds). */
export const QuestionSchema = buildQuestionSchema(KINDS);
/** A lesson's question set. */
export const QuestionSetSchema = questionSetSchema(QuestionSchema);
/** `QuestionSetSchema` applied to data read back (a published set): the outcome, never a throw. */
export const safeParseQuestionSet = (input: unknown) => v.safeParse(QuestionSetSchema, input);
export type Question = v.InferOutput<typeof QuestionSchema>;
/** What a teacher writes: defaults (hints, points, profile...) may be left out. */
export type QuestionInput = v.InferInput<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;
export type QuestionSet = v.InferOutput<typeof QuestionSetSchema>;
/** A question set as written in a content module, before defaults are filled in. */
export type QuestionSetInput = v.InferInput<typeof QuestionSetSchema>;
