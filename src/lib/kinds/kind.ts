/**
 * What a question kind is made of: one object per kind, in src/lib/kinds/<kind>/index.ts, and the
 * kind list is the array of them in src/lib/kinds/index.ts. Everything here is pure (no Svelte, no
 * DOM, no IndexedDB, and valibot only as types), so Node (the `fahm` command, the bench) and the
 * browser share it. A kind's player and label live beside it in `view.ts` (browser only; its
 * editor in `editor.ts`), its command-line parser and bench answers in `tools.ts` (Node only,
 * loaded through `tools()`).
 */
import type * as v from 'valibot';
import type { Bilingual, SchemaKit } from '../content/question-parts';
import type { Lesson } from '../content/schema';
import type { Random } from '../domain/exercises/random';
import type { GradeContext } from '../domain/grading/context';
import type { Grade } from '../domain/grading/types';
import type { RuleContext, RuleIssue } from './rules';
import { hasFields, isRecord, type Guard } from '../storage/guards';

/** A kind's question schema: an object with a literal `kind`, as `v.variant` needs. */
export type KindSchema = v.ObjectSchema<
	{ kind: v.LiteralSchema<string, undefined> } & v.ObjectEntries,
	undefined
>;

/** The question a kind's schema gives (defaults filled in). */
export type QuestionFrom<S extends KindSchema> = v.InferOutput<S>;

/**
 * The fields every kind has (see `common` in content/question-parts.ts) that a question keeps when
 * the teacher changes its kind. `answerLanguage` is not among them: each kind sets its own.
 */
export const SHARED_FIELDS = [
	'id',
	'prompt',
	'hints',
	'explanation',
	'evidence',
	'points',
	'tier',
	'skill'
] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

/** A kind's own fields of a question as a teacher writes it: all but `kind` and the shared ones. */
export type OwnFields<S extends KindSchema> = Omit<v.InferInput<S>, 'kind' | SharedField>;

/** The xAPI interaction types (cmi.interaction), for the learner report's statements. */
export type InteractionType =
	| 'true-false'
	| 'choice'
	| 'fill-in'
	| 'long-fill-in'
	| 'matching'
	| 'performance'
	| 'sequencing'
	| 'likert'
	| 'numeric'
	| 'other';

/** How the `fahm grade` command reads an answer typed on the command line. */
export interface CommandLineAnswer<Q, R> {
	/** How ANSWER is written for this kind, for the usage line and error messages. */
	format: string;
	/** The response ANSWER stands for, or a message saying why it cannot be read. */
	parse(question: Q, answer: string, checked: string | undefined): R | string;
	/** What a valid ANSWER may name for this question ("; options: a, b"), or ''. */
	choices(question: Q): string;
}

/** How the bench answers a question of this kind. */
export interface BenchAnswers<Q, R> {
	/**
	 * The answers learners actually send (right, wrong, nearly right, empty), built
	 * deterministically from the question: the grading benchmark's workload.
	 */
	responses(question: Q, lesson: Lesson): R[];
	/** What the page bench types in this kind's text fields; undefined: a wrong word. */
	typed?(question: Q, right: boolean): string | undefined;
}

/**
 * One question kind. `S` is its schema, `R` its response: what a learner answered, empty answers
 * included on purpose.
 */
export interface KindModule<S extends KindSchema, R extends AnyResponse, Q = QuestionFrom<S>> {
	/** The name questions and responses carry in `kind`. */
	kind: R['kind'];
	/** The xAPI interaction type closest to the kind (the learner report's statements). */
	interaction: InteractionType;
	/** The question's schema, built from the shared parts (so no valibot ships with the kind). */
	schema(kit: SchemaKit): S;
	/** Whether a value read back from storage is a response of this kind. */
	isResponse(value: unknown): value is R;
	/** The response a player starts from, before the learner has done anything. */
	empty(question: Q, random: Random): R;
	/**
	 * The grade of `response`. `context` holds the lesson: cloze reads its gap words there,
	 * evidence its sentence ids.
	 */
	grade(question: Q, response: R, context?: GradeContext): Grade;
	/**
	 * The kind's own fields of a new question (the teacher editor's "Add question"): the shape its
	 * schema wants, so the kind's editor can bind every field, with the texts left empty for the
	 * teacher to write.
	 */
	blank(): OwnFields<S>;
	/**
	 * When the teacher changes a question of another kind into this one: what of that question's
	 * own fields this kind takes over (the two choice kinds take each other's options). Without
	 * it, only the shared fields are kept and the rest starts blank.
	 */
	carry?(from: Readonly<Record<string, unknown>>): Partial<OwnFields<S>>;
	/**
	 * The rules of this kind that its schema cannot see (texts given twice, distractors that are
	 * answers, gaps on words that exist), checked by `fahm check` and the teacher editor alike.
	 */
	rules?(question: Q, context: RuleContext): RuleIssue[];
	/**
	 * The kind's own texts a learner is told (per-option and per-answer feedback, checklist
	 * points), each with its field (`options[1].feedback`): every one must have both languages.
	 */
	texts?(question: Q): [string, Bilingual][];
	/**
	 * The kind's `fahm grade` answer parser and bench answers, from its `tools.ts`. Loaded on
	 * demand (`() => import('./tools')`), so they get a chunk of their own that the browser never
	 * fetches: only the command line and the bench call this.
	 */
	tools(): Promise<KindTools<Q, R>>;
}

/** What a kind's `tools.ts` exports: the parts only the command line and the bench use. */
export interface KindTools<Q, R> {
	answer: CommandLineAnswer<Q, R>;
	bench: BenchAnswers<Q, R>;
}

/**
 * Any kind module. Its methods take the loosest question and response, so a list of different
 * kinds fits; callers pick the module by `kind` first (see `kindTable`).
 */
export type AnyKind = KindModule<KindSchema, AnyResponse, AnyQuestion>;
/** A question of some kind: what code that works for every kind may rely on. */
export type AnyQuestion = { kind: string; id: string };
/** A response of some kind. */
export type AnyResponse = { kind: string; [field: string]: unknown };

/** The response of a kind module. */
export type ResponseFrom<M> = M extends KindModule<KindSchema, infer R, AnyQuestion> ? R : never;

/** The question of a kind module (defaults filled in). */
export type QuestionOfModule<M> =
	M extends KindModule<infer S, AnyResponse, AnyQuestion> ? QuestionFrom<S> : never;

/** The question of a kind module as a teacher writes it (defaults may be left out). */
export type QuestionInputOfModule<M> =
	M extends KindModule<infer S, AnyResponse, AnyQuestion> ? v.InferInput<S> : never;

/** A guard for a response of `kind` whose listed fields each pass their guard. */
export function responseGuard<R extends { kind: string }>(
	kind: R['kind'],
	fields: Record<string, Guard>
): (value: unknown) => value is R {
	const hasAll = hasFields(fields);
	return (value): value is R => isRecord(value) && value.kind === kind && hasAll(value);
}

/** The kinds by name, for lookups in hot loops (grading). */
export function kindTable<M extends AnyKind>(kinds: readonly M[]): ReadonlyMap<string, M> {
	return new Map(kinds.map((k) => [k.kind, k]));
}

/** A guard for a stored response of any of `kinds`: its kind is known and its fields fit. */
export function buildResponseGuard<M extends AnyKind>(
	kinds: readonly M[]
): (value: unknown) => value is ResponseFrom<M> {
	const table = kindTable(kinds);
	return (value): value is ResponseFrom<M> =>
		isRecord(value) &&
		typeof value.kind === 'string' &&
		table.get(value.kind)?.isResponse(value) === true;
}

/** The text with its second letter dropped: a typical one-letter slip (bench answers). */
export function slip(text: string): string {
	return text.length > 4 ? text.slice(0, 1) + text.slice(2) : text + 'ا';
}

/** Ids typed as a list: "a, b" or "a،b" (the Arabic comma). */
export function listedIds(text: string): string[] {
	return text
		.split(/[,،]/u)
		.map((s) => s.trim())
		.filter(Boolean);
}
