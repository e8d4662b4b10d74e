/**
 * The public lesson bundle: one JSON document other tools can read (`fahm export`), described by
 * a JSON Schema generated from the schema below (static/schema/lesson-bundle.schema.json).
 */
import * as v from 'valibot';
import { QuestionSetSchema, type QuestionSet } from '../content/question-schema';
import { segmentsOf } from '../domain/arabic/segments';
import {
	ArticleSchema,
	CliticSchema,
	EntitySchema,
	ExpressionSchema,
	GlossaryEntrySchema,
	IdSchema,
	type Clitic,
	type Lesson,
	type Token
} from '../content/schema';

export const BUNDLE_FORMAT = 'fahm-lesson';
export const BUNDLE_VERSION = 1;

const SegmentSchema = v.object({
	role: v.picklist(['proclitic', 'stem', 'enclitic']),
	text: v.string(),
	vocalized: v.string(),
	kind: v.optional(CliticSchema.entries.kind),
	gloss: v.optional(v.string())
});

const BundleWordSchema = v.object({
	kind: v.literal('word'),
	text: v.string(),
	ws: v.string(),
	vocalized: v.string(),
	/** An id in `glossary`. */
	lemma: IdSchema,
	/** Proclitics, stem and enclitics in order; their texts concatenate to `text`. */
	segments: v.array(SegmentSchema),
	role: v.optional(v.string()),
	entity: v.optional(IdSchema),
	expression: v.optional(IdSchema),
	note: v.optional(v.string()),
	/** The standard spelling a slip of the source is read as; `vocalized` spells it (see `note`). */
	readAs: v.optional(v.string()),
	/** `role` in Arabic grammatical terms. */
	roleAr: v.optional(v.string()),
	/** `note` in Arabic. */
	noteAr: v.optional(v.string())
});

const BundleOtherTokenSchema = v.object({
	kind: v.picklist(['number', 'punct']),
	text: v.string(),
	ws: v.string(),
	value: v.optional(v.number())
});

const BundleTokenSchema = v.variant('kind', [BundleWordSchema, BundleOtherTokenSchema]);

const BundleGlossaryEntrySchema = v.object({
	...GlossaryEntrySchema.entries,
	/** The glosses in one string, the sense used in the article first. */
	gloss: v.string()
});

export const BundleSchema = v.object({
	format: v.literal(BUNDLE_FORMAT),
	version: v.literal(BUNDLE_VERSION),
	article: v.object({
		...v.omit(ArticleSchema, ['blocks']).entries,
		/** Headline, dateline, then paragraphs, in reading order. */
		blocks: v.array(
			v.object({
				id: IdSchema,
				kind: v.picklist(['headline', 'dateline', 'paragraph']),
				sentences: v.array(
					v.object({ id: IdSchema, translation: v.string(), tokens: v.array(BundleTokenSchema) })
				)
			})
		)
	}),
	glossary: v.array(BundleGlossaryEntrySchema),
	expressions: v.array(ExpressionSchema),
	entities: v.array(EntitySchema),
	/** The lesson's question sets, every question with its `id` and `kind`; absent in older bundles. */
	questionSets: v.optional(v.array(QuestionSetSchema), [])
});

export type Bundle = v.InferOutput<typeof BundleSchema>;
type BundleToken = v.InferOutput<typeof BundleTokenSchema>;

function exportToken(token: Token): BundleToken {
	if (token.kind !== 'word') return token;
	const { pre: _pre, post: _post, ...rest } = token;
	return { ...rest, segments: segmentsOf(token) };
}

/**
 * The bundle of a lesson and its question sets: the lesson with segments spelled out and each
 * gloss list joined; the question sets as parsed (defaults filled in).
 */
export function toBundle(lesson: Lesson, questionSets: QuestionSet[] = []): Bundle {
	return {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		article: {
			...lesson.article,
			blocks: lesson.article.blocks.map((block) => ({
				...block,
				sentences: block.sentences.map((s) => ({ ...s, tokens: s.tokens.map(exportToken) }))
			}))
		},
		glossary: lesson.glossary.map((entry) => ({ ...entry, gloss: entry.glosses.join('; ') })),
		expressions: lesson.expressions,
		entities: lesson.entities,
		questionSets
	};
}

function importToken(token: BundleToken): Token {
	if (token.kind !== 'word') return token;
	const { segments, ...rest } = token;
	const clitics = (role: string): Clitic[] =>
		segments
			.filter((s) => s.role === role)
			.map((s) => ({ text: s.text, kind: s.kind ?? 'particle', gloss: s.gloss ?? '' }));
	const pre = clitics('proclitic');
	const post = clitics('enclitic');
	return { ...rest, ...(pre.length ? { pre } : {}), ...(post.length ? { post } : {}) };
}

/** The lesson a bundle describes, and its question sets. The bundle must have passed `BundleSchema`. */
export function fromBundle(bundle: Bundle): { lesson: Lesson; questionSets: QuestionSet[] } {
	const lesson: Lesson = {
		article: {
			...bundle.article,
			blocks: bundle.article.blocks.map((block) => ({
				...block,
				sentences: block.sentences.map((s) => ({ ...s, tokens: s.tokens.map(importToken) }))
			}))
		},
		glossary: bundle.glossary.map(({ gloss: _gloss, ...entry }) => entry),
		expressions: bundle.expressions,
		entities: bundle.entities
	};
	return { lesson, questionSets: bundle.questionSets };
}
