/**
 * Blank questions: what "Add question" puts in the set for each kind, and what is kept when the
 * teacher changes a question's kind. The fields all kinds share come from here; each kind's own
 * fields come from its module (`blank`, `carry` in src/lib/kinds/<kind>/index.ts), so the kind
 * list and the blanks follow the one kind array.
 */
import type { QuestionInput, QuestionKind } from '../../content/question-schema';
import { KINDS } from '../../kinds';
import { kindTable, SHARED_FIELDS, type AnyKind } from '../../kinds/kind';

type Blank<K extends QuestionKind> = Extract<QuestionInput, { kind: K }>;
/** A question of any kind, as plain fields. */
type Fields = Record<string, unknown>;

const emptyText = () => ({ en: '', ar: '' });

/** The fields every kind shares, empty. */
function common(id: string) {
	return {
		id,
		prompt: emptyText(),
		hints: [],
		explanation: emptyText(),
		evidence: [],
		points: 1,
		tier: 1 as const,
		skill: 'literal' as const
	};
}

/** The editor's kind list, blank questions and kind changes for the kinds `kinds`. */
export function buildTemplates(kinds: readonly AnyKind[]) {
	const table = kindTable(kinds);
	const module = (kind: string) => {
		const found = table.get(kind);
		if (!found) throw new Error(`no kind "${kind}"`);
		return found;
	};
	/** A new, empty question of `kind` with the id `id`. */
	const blank = (kind: string, id: string): Fields => ({
		...common(id),
		kind,
		...module(kind).blank()
	});
	/**
	 * `question` as a question of `kind`: the shared fields (id, prompt, hints, explanation,
	 * evidence, points, tier, skill) are kept, the kind's own fields start blank, except what the
	 * new kind takes over from the old (its `carry`).
	 */
	const withKind = (question: Fields, kind: string): Fields => {
		if (question.kind === kind) return structuredClone(question);
		const next = blank(kind, String(question.id ?? ''));
		for (const key of SHARED_FIELDS)
			if (key in question) next[key] = structuredClone(question[key]);
		return { ...next, ...module(kind).carry?.(question) };
	};
	return { kinds: kinds.map((k) => k.kind), blank, withKind };
}

const app = buildTemplates(KINDS);

/** Every kind, in the order "Add question" offers them (the order of the kind array). */
export const EDITABLE_KINDS = app.kinds as QuestionKind[];

/** A new, empty question of `kind` with the id `id`. */
export function blankQuestion<K extends QuestionKind>(kind: K, id: string): Blank<K> {
	return app.blank(kind, id) as Blank<K>;
}

/** `question` as a question of `kind` (see buildTemplates). */
export function withKind(question: QuestionInput, kind: QuestionKind): QuestionInput {
	return app.withKind(question as Fields, kind) as QuestionInput;
}
