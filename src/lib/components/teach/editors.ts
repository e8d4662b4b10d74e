/**
 * The kinds' editors for the teacher's pages, each from its kind's `editor.ts`
 * (src/lib/kinds/<kind>/editor.ts) and loaded on first use. The files are found by a glob, apart
 * from the registry, so that learner pages do not carry this code; a kind without the file has no
 * editor yet, and the set editor says so.
 */
import type { Editor, EditorEntry, Lazy } from '$lib/components/questions/player';
import type { QuestionKind } from '$lib/content/question-schema';
import { lazyByKey } from '$lib/lazy-once';

/** An editor of any kind; the set editor hands it a question of the kind it was loaded for. */
type AnyEditor = Editor<QuestionKind>;

const entries = import.meta.glob<EditorEntry<QuestionKind>>('../../kinds/*/editor.ts', {
	eager: true,
	import: 'editor'
});

const loaders = new Map<QuestionKind, Lazy<AnyEditor>>(
	Object.values(entries).map((entry) => [entry.kind, entry.Editor as Lazy<AnyEditor>])
);

/** Whether `kind` has an editor of its own fields. */
export function hasEditor(kind: QuestionKind): boolean {
	return loaders.has(kind);
}

/**
 * Loads the editor of `kind` once and keeps it, like `loadPlayer`; undefined when the kind has
 * no editor. A failed load is forgotten, so the next call tries again.
 */
export const loadEditor = lazyByKey(async (kind: QuestionKind) => {
	const load = loaders.get(kind);
	return load ? (await load()).default : undefined;
});

/** The editor of `kind` if it is loaded already, else undefined (then call `loadEditor`). */
export const loadedEditor = loadEditor.loaded;
