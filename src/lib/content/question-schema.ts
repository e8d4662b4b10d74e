/**
 * Question sets: valibot schemas for every question kind, one discriminated union on `kind`.
 * Teacher-written strings are plain text, rendered as text. What a learner is told about a
 * question (prompt, hints, explanation, feedback, checklist) is written in both languages, so the
 * player can show it in the interface language with the other a tap away; options, answers and
 * sample answers are in the question's own answer language (see field-language.ts).
 */
import * as v from 'valibot';
import { IdSchema } from './schema';
import { SKILLS, type Skill } from './skills';

export { SKILLS, type Skill };

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'write something here'));

/**
 * A text in English and in Arabic: the player shows the interface language's version and offers
 * the other. `fahm check` holds `en` to English and `ar` to Arabic script (src/lib/content/language-check.ts).
 */
export const BilingualSchema = v.object({ en: text, ar: text });
/** A prompt: the same two-language shape as every other text a learner is told. */
export const PromptSchema = BilingualSchema;

/** What `fahm check` says of a question with no skill, or an unknown one. */
export const SKILL_MESSAGE = `name the reading skill: ${SKILLS.join(', ')}`;
/** The reading skill a question tests (see src/lib/content/skills.ts and docs/content.md). */
export const SkillSchema = v.picklist(SKILLS, SKILL_MESSAGE);
/** The language a field is written in. */
export const LanguageSchema = v.picklist(['ar', 'en']);

/** Which folds a typed Arabic answer is compared under (see src/lib/domain/arabic/normalize.ts). */
export const FoldProfileSchema = v.picklist(['strict', 'standard', 'lenient']);

const common = {
	id: IdSchema,
	/** The language of the answers (options, items, matches, unit); Arabic when left out. */
	answerLanguage: v.optional(LanguageSchema),
	prompt: PromptSchema,
	/** Revealed one at a time, in order. */
	hints: v.optional(v.array(BilingualSchema), []),
	/** Shown after answering, whatever the answer. */
	explanation: BilingualSchema,
	/** Ids of the article sentences that hold the answer. */
	evidence: v.pipe(v.array(IdSchema), v.minLength(1, 'name at least one evidence sentence')),
	points: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
	/** 1: the facts as stated; 2: inference, vocabulary in context, detail across sentences. */
	tier: v.picklist([1, 2]),
	skill: SkillSchema
};

const OptionSchema = v.object({
	id: IdSchema,
	text,
	correct: v.boolean(),
	/** Shown when the learner picks this option. */
	feedback: v.optional(BilingualSchema)
});

const unique = <T>(key: (item: T) => string, what: string) =>
	v.check<T[], string>(
		(items) => new Set(items.map(key)).size === items.length,
		`two ${what} have the same id`
	);

export const SingleChoiceSchema = v.object({
	...common,
	kind: v.literal('single-choice'),
	options: v.pipe(
		v.array(OptionSchema),
		v.minLength(2, 'give at least two options'),
		unique((o) => o.id, 'options'),
		v.check((o) => o.filter((x) => x.correct).length === 1, 'mark exactly one option correct')
	)
});

export const MultipleResponseSchema = v.object({
	...common,
	kind: v.literal('multiple-response'),
	options: v.pipe(
		v.array(OptionSchema),
		v.minLength(3, 'give at least three options'),
		unique((o) => o.id, 'options'),
		v.check((o) => o.some((x) => x.correct), 'mark at least one option correct')
	)
});

export const TruthValueSchema = v.picklist(['true', 'false', 'not-stated']);

export const TrueFalseSchema = v.object({
	...common,
	kind: v.literal('true-false-not-stated'),
	/** The prompt is the statement the learner judges against the article. */
	answer: TruthValueSchema,
	/** Feedback for each choice the learner can make. */
	feedback: v.optional(
		v.partial(
			v.object({ true: BilingualSchema, false: BilingualSchema, 'not-stated': BilingualSchema })
		),
		{}
	)
});

const AcceptedAnswerSchema = v.object({
	text,
	/** Share of the points this answer earns (1 = full). Below 1 for answers that are nearly right. */
	credit: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 1),
	feedback: v.optional(BilingualSchema)
});

export const ShortAnswerSchema = v.object({
	...common,
	kind: v.literal('short-answer'),
	/** The language the learner answers in. */
	answerLanguage: LanguageSchema,
	profile: v.optional(FoldProfileSchema, 'standard'),
	accepted: v.pipe(
		v.array(AcceptedAnswerSchema),
		v.minLength(1, 'give at least one accepted answer')
	)
});

export const NumericalSchema = v.object({
	...common,
	kind: v.literal('numerical'),
	answer: v.number(),
	/** Accepted distance from `answer` (0 = exact). */
	tolerance: v.optional(v.pipe(v.number(), v.minValue(0)), 0),
	unit: v.optional(text)
});

export const MatchingSchema = v.object({
	...common,
	kind: v.literal('matching'),
	/** Each left item matches exactly one right item. */
	pairs: v.pipe(
		v.array(v.object({ id: IdSchema, left: text, right: text })),
		v.minLength(2, 'give at least two pairs'),
		unique((p) => p.id, 'pairs')
	),
	/** Extra right-hand items that match nothing. */
	distractors: v.optional(v.array(text), [])
});

export const OrderingSchema = v.object({
	...common,
	kind: v.literal('ordering'),
	/** The items in their correct order; the player shuffles them. */
	items: v.pipe(
		v.array(v.object({ id: IdSchema, text })),
		v.minLength(3, 'give at least three items'),
		unique((i) => i.id, 'items')
	)
});

export const ClozeSchema = v.object({
	...common,
	kind: v.literal('cloze'),
	/** The article sentence the gaps are cut from. */
	sentence: IdSchema,
	/** Token indexes (within that sentence) of the words to blank out, each with its answers. */
	gaps: v.pipe(
		v.array(
			v.object({
				token: v.pipe(v.number(), v.integer(), v.minValue(0)),
				/** Extra accepted answers besides the token's own text. */
				alsoAccept: v.optional(v.array(text), [])
			})
		),
		v.minLength(1, 'blank out at least one word')
	),
	/** 'bank': choose from the gap words plus distractors; 'typed': type each word. */
	mode: v.picklist(['bank', 'typed']),
	distractors: v.optional(v.array(text), []),
	profile: v.optional(FoldProfileSchema, 'standard')
});

export const EvidenceSchema = v.object({
	...common,
	kind: v.literal('evidence'),
	/** The claim to support, in Arabic; its English is the prompt's. The answer is `evidence`. */
	claim: text
});

export const FreeResponseSchema = v.object({
	...common,
	kind: v.literal('free-response'),
	sampleAnswer: text,
	/** Points the learner checks their own answer against. */
	checklist: v.pipe(v.array(BilingualSchema), v.minLength(1, 'give at least one checklist point'))
});

export const QuestionSchema = v.variant('kind', [
	SingleChoiceSchema,
	MultipleResponseSchema,
	TrueFalseSchema,
	ShortAnswerSchema,
	NumericalSchema,
	MatchingSchema,
	OrderingSchema,
	ClozeSchema,
	EvidenceSchema,
	FreeResponseSchema
]);

export const QuestionSetSchema = v.object({
	id: IdSchema,
	/** The article the questions are about. */
	article: IdSchema,
	title: PromptSchema,
	/** Share of the points needed to pass, 0 to 1. */
	passMark: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.7),
	/** The fewest questions each skill must have (`fahm check` counts them); 0 asks for none. */
	minPerSkill: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
	questions: v.pipe(
		v.array(QuestionSchema),
		v.minLength(1, 'a set needs at least one question'),
		unique((q) => q.id, 'questions')
	)
});

/** A text in both languages (explanation, hint, feedback, checklist point, prompt). */
export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type Prompt = Bilingual;
export type FoldProfile = v.InferOutput<typeof FoldProfileSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
/** What a teacher writes: defaults (hints, points, profile...) may be left out. */
export type QuestionInput = v.InferInput<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;
export type QuestionSet = v.InferOutput<typeof QuestionSetSchema>;
/** A question set as written in a content module, before defaults are filled in. */
export type QuestionSetInput = v.InferInput<typeof QuestionSetSchema>;
export type TruthValue = v.InferOutput<typeof TruthValueSchema>;
