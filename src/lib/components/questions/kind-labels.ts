/**
 * Each kind's name in the UI language, from its `label.ts` (src/lib/kinds/<kind>/label.ts), found
 * by a glob as the registry finds the views: for pages that name kinds but show no question (the
 * progress dashboard), so they do not load every kind's player and editor loaders.
 */
import type { QuestionKind } from '$lib/content/question-schema';

const labels = import.meta.glob<() => string>('../../kinds/*/label.ts', {
	eager: true,
	import: 'label'
});

const byKind = new Map(
	Object.entries(labels).map(([path, label]) => [path.split('/').at(-2) as QuestionKind, label])
);

/** The name of `kind` in the UI language; the kind's own name when it is not one of the app's. */
export function kindLabel(kind: string): string {
	return byKind.get(kind as QuestionKind)?.() ?? kind;
}
