/**
 * The parts every question schema is built from: the fields all kinds share, the option shape, the
 * two-language text. Each kind's own schema lives in its folder (src/lib/kinds/<kind>/) and takes
 * these as a `SchemaKit`, so that a kind module imports no valibot at run time: the quiz page
 * imports the kinds for their graders and never parses a question.
 */
import * as v from 'valibot';
import { IdSchema } from './schema';
import { SKILLS } from './skills';

/** A teacher-written string: trimmed, not empty. */
export const TextSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'write something here'));

/**
 * A text in English and in Arabic: the player shows the interface language's version and offers
 * the other. `fahm check` holds `en` to English and `ar` to Arabic script (src/lib/content/language-check.ts).
 */
export const BilingualSchema = v.object({ en: TextSchema, ar: TextSchema });
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

/** The fields every question has, whatever its kind. */
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

/** An option of a choice question. */
const OptionSchema = v.object({
	id: IdSchema,
	text: TextSchema,
	correct: v.boolean(),
	/** Shown when the learner picks this option. */
	feedback: v.optional(BilingualSchema)
});

/** A check that no two items of a list share an id. */
export const unique = <T>(key: (item: T) => string, what: string) =>
	v.check<T[], string>(
		(items) => new Set(items.map(key)).size === items.length,
		`two ${what} have the same id`
	);

/**
 * The valibot functions the kinds' schemas build with. Named one by one, not the `v` namespace:
 * a namespace passed as a value keeps all of valibot in the build (84 KB, 14 KB gzip, on every
 * teacher page and in the offline install), these keep only themselves (issue 12). A kind that
 * needs another function adds it here.
 */
const kindValibot = {
	array: v.array,
	boolean: v.boolean,
	check: v.check,
	integer: v.integer,
	literal: v.literal,
	maxValue: v.maxValue,
	minLength: v.minLength,
	minValue: v.minValue,
	number: v.number,
	object: v.object,
	optional: v.optional,
	partial: v.partial,
	picklist: v.picklist,
	pipe: v.pipe,
	string: v.string
};

/** What a kind's `schema` is handed: the valibot functions above and the shared parts. */
export const schemaKit = {
	v: kindValibot,
	id: IdSchema,
	text: TextSchema,
	bilingual: BilingualSchema,
	language: LanguageSchema,
	foldProfile: FoldProfileSchema,
	common,
	option: OptionSchema,
	unique
};

export type SchemaKit = typeof schemaKit;

/** A text in both languages (explanation, hint, feedback, checklist point, prompt). */
export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type Prompt = Bilingual;
export type FoldProfile = v.InferOutput<typeof FoldProfileSchema>;
