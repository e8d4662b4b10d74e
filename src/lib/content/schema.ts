/**
 * Valibot schemas for lesson content. Every content type is inferred from its schema, so a module
 * that `satisfies` a type has the shape the runtime check (`fahm check`) enforces.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.minLength(1));
/** Ids are stable, lowercase ASCII: letters, digits, `-` and `.`; they appear in URLs and exports. */
export const IdSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids use lowercase ASCII letters, digits, "-" and "."')
);

/** A clitic attached before or after a stem: و "and", بـ "with", الـ "the", ـها "her". */
export const CliticSchema = v.object({
	/** Surface spelling exactly as it stands in the token. */
	text: nonEmpty,
	kind: v.picklist([
		'conjunction',
		'preposition',
		'article',
		'future',
		'pronoun',
		'particle',
		'emphasis'
	]),
	gloss: nonEmpty
});

export const WordTokenSchema = v.object({
	kind: v.literal('word'),
	/** The token exactly as printed in the source. */
	text: nonEmpty,
	/** The exact text between this token and the next one in its block. */
	ws: v.string(),
	/** Fully vowelled, with case endings, as an educated reader reads it aloud. */
	vocalized: nonEmpty,
	/** Glossary id of the stem's lemma. */
	lemma: IdSchema,
	/** Proclitics, in order; the stem is what remains of `text` between `pre` and `post`. */
	pre: v.optional(v.array(CliticSchema)),
	/** Enclitics, in order. */
	post: v.optional(v.array(CliticSchema)),
	/** Grammatical role in this sentence where it helps a learner (idafa, plural, subject...). */
	role: v.optional(nonEmpty),
	/** Entity this token names, if any (an id in the article's entities). */
	entity: v.optional(IdSchema),
	/** Expression this token belongs to, if any (an id in the article's expressions). */
	expression: v.optional(IdSchema),
	/** A note on this occurrence: a slip in the source, an uncertain reading. */
	note: v.optional(nonEmpty),
	/**
	 * The standard spelling a slip of the source is read as (الى read إلى). `vocalized` then spells
	 * these letters; they may differ from `text` only by a hamza on or under an alif, and `note`
	 * must say what the source writes.
	 */
	readAs: v.optional(nonEmpty),
	/** `role` in Arabic, with standard grammatical terms (مضاف إليه، فاعل...); present iff `role` is. */
	roleAr: v.optional(nonEmpty),
	/** `note` in Arabic; present iff `note` is. */
	noteAr: v.optional(nonEmpty)
});

export const NumberTokenSchema = v.object({
	kind: v.literal('number'),
	text: nonEmpty,
	ws: v.string(),
	/** The value, for numbers written with digits. */
	value: v.optional(v.number())
});

export const PunctTokenSchema = v.object({
	kind: v.literal('punct'),
	text: nonEmpty,
	ws: v.string()
});

export const TokenSchema = v.variant('kind', [
	WordTokenSchema,
	NumberTokenSchema,
	PunctTokenSchema
]);

/** A faithful, natural English rendering of one sentence or headline. */
export const TranslationSchema = nonEmpty;

export const SentenceSchema = v.object({
	id: IdSchema,
	/** A faithful, natural English translation. */
	translation: TranslationSchema,
	tokens: v.pipe(v.array(TokenSchema), v.minLength(1))
});

export const BlockSchema = v.object({
	id: IdSchema,
	kind: v.picklist(['headline', 'dateline', 'paragraph']),
	sentences: v.pipe(v.array(SentenceSchema), v.minLength(1))
});
/** Paragraphs are the blocks a learner reads as body text. */
export const ParagraphSchema = v.object({
	...BlockSchema.entries,
	kind: v.literal('paragraph')
});

export const LevelSchema = v.picklist(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

export const SourceSchema = v.object({
	/** Who published or distributed the text, as far as we know. */
	name: nonEmpty,
	/** When the reported events took place or the text was published (ISO date or year-month). */
	date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
	/** How we know the date and who the source is, and what is not known. */
	note: v.optional(nonEmpty),
	/** `note` in Arabic; present iff `note` is. */
	noteAr: v.optional(nonEmpty),
	/** Terms under which the text is used. */
	licence: nonEmpty
});

export const ArticleSchema = v.object({
	id: IdSchema,
	/** The headline, as printed. */
	title: nonEmpty,
	/** The headline in English. */
	titleEn: nonEmpty,
	language: v.literal('ar'),
	/** CEFR estimate for a learner of Modern Standard Arabic. */
	level: LevelSchema,
	levelNote: v.optional(nonEmpty),
	/** `levelNote` in Arabic; present iff `levelNote` is. */
	levelNoteAr: v.optional(nonEmpty),
	source: SourceSchema,
	/** Headline, then dateline, then paragraphs, in reading order. */
	blocks: v.pipe(v.array(BlockSchema), v.minLength(1))
});

export const PartOfSpeechSchema = v.picklist([
	'noun',
	'verbal-noun',
	'adjective',
	'participle',
	'verb',
	'adverb',
	'preposition',
	'conjunction',
	'particle',
	'pronoun',
	'demonstrative',
	'relative',
	'proper-noun',
	'number'
]);

export const VerbFormSchema = v.picklist([
	'I',
	'II',
	'III',
	'IV',
	'V',
	'VI',
	'VII',
	'VIII',
	'IX',
	'X'
]);

/** Bare Arabic letters of a root: 3 or 4 consonants, no marks. */
export const RootSchema = v.pipe(
	v.string(),
	v.regex(/^[\u0621-\u063A\u0641-\u064A]{3,4}$/, 'a root is 3 or 4 bare Arabic letters')
);

export const GlossaryEntrySchema = v.object({
	id: IdSchema,
	/** Dictionary form, fully vowelled (verbs: 3rd person masculine singular past). */
	lemma: nonEmpty,
	/** Null for names, loanwords and particles with no productive root. */
	root: v.nullable(RootSchema),
	/** The wazn, written on ف ع ل, where the word follows a regular pattern. */
	pattern: v.optional(nonEmpty),
	pos: PartOfSpeechSchema,
	verbForm: v.optional(VerbFormSchema),
	/** Vowelled past and present stems, for verbs. */
	past: v.optional(nonEmpty),
	present: v.optional(nonEmpty),
	/** Vowelled plural forms (broken or sound) in common use. */
	plurals: v.optional(v.array(nonEmpty)),
	/** English senses, the one used in this article first. */
	glosses: v.pipe(v.array(nonEmpty), v.minLength(1)),
	/** Usage, especially in the news register. */
	note: v.optional(nonEmpty),
	/** Set where the analysis is not certain: what is unsure, and why. */
	uncertain: v.optional(nonEmpty),
	/** A short Arabic definition in plain MSA (synonym or brief explanation), the article's sense first. */
	definitionAr: v.optional(nonEmpty),
	/** `note` in Arabic; present iff `note` is. */
	noteAr: v.optional(nonEmpty),
	/** `uncertain` in Arabic; present iff `uncertain` is. */
	uncertainAr: v.optional(nonEmpty)
});

export const ExpressionSchema = v.object({
	id: IdSchema,
	/** The expression as it stands in the article (bare, no added marks). */
	text: nonEmpty,
	vocalized: nonEmpty,
	gloss: nonEmpty,
	note: v.optional(nonEmpty),
	/** As on a word token: the standard spelling the expression is read as, when the source slips. */
	readAs: v.optional(nonEmpty),
	/** The expression's meaning explained in Arabic (plain MSA). */
	definitionAr: v.optional(nonEmpty),
	/** `note` in Arabic; present iff `note` is. */
	noteAr: v.optional(nonEmpty)
});

export const EntitySchema = v.object({
	id: IdSchema,
	type: v.picklist(['person', 'country', 'city', 'region', 'organization', 'agency', 'agreement']),
	/** The name as the article writes it. */
	name: nonEmpty,
	nameEn: nonEmpty,
	/** The role the article gives a person, in English. */
	role: v.optional(nonEmpty),
	note: v.optional(nonEmpty),
	/** A short Arabic description: who or what it is; for people, their role as the article gives it. */
	descriptionAr: v.optional(nonEmpty),
	/** `note` in Arabic; present iff `note` is. */
	noteAr: v.optional(nonEmpty)
});

export const LessonSchema = v.object({
	article: ArticleSchema,
	glossary: v.pipe(v.array(GlossaryEntrySchema), v.minLength(1)),
	expressions: v.array(ExpressionSchema),
	entities: v.array(EntitySchema)
});

export type Clitic = v.InferOutput<typeof CliticSchema>;
export type WordToken = v.InferOutput<typeof WordTokenSchema>;
export type NumberToken = v.InferOutput<typeof NumberTokenSchema>;
export type PunctToken = v.InferOutput<typeof PunctTokenSchema>;
export type Token = v.InferOutput<typeof TokenSchema>;
export type Sentence = v.InferOutput<typeof SentenceSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Level = v.InferOutput<typeof LevelSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type PartOfSpeech = v.InferOutput<typeof PartOfSpeechSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Glossary = GlossaryEntry[];
export type Expression = v.InferOutput<typeof ExpressionSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;
export type Lesson = v.InferOutput<typeof LessonSchema>;
