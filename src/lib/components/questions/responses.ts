/**
 * The response a player starts from, before the learner has done anything: each kind's `empty`
 * (src/lib/kinds/<kind>/index.ts). Pure: the one random choice (the order ordering items are dealt
 * in) comes from a `random` source the caller may pass.
 */
import type { Question } from '$lib/content/question-schema';
import { createRandom, deriveSeed, type Random } from '$lib/domain/exercises/random';
import type { ResponseOf } from '$lib/domain/grading/types';
import { KINDS } from '$lib/kinds';
import { kindTable, type AnyKind } from '$lib/kinds/kind';

/** A random source seeded from `seed`: the same text always gives the same sequence. */
const seededRandom = (seed: string): Random => createRandom(deriveSeed(0, seed));

const kinds = kindTable<AnyKind>(KINDS);

/**
 * An empty response for `question`. Ordering items are shuffled with `random` (by default a
 * generator seeded from the question id, so a question always starts the same way), and never
 * dealt in the right order.
 */
export function emptyResponse<Q extends Question>(
	question: Q,
	random: Random = seededRandom(question.id)
): ResponseOf<Q['kind']> {
	const kind = kinds.get(question.kind);
	if (!kind) throw new Error(`no kind "${question.kind}" for question "${question.id}"`);
	return kind.empty(question, random) as ResponseOf<Q['kind']>;
}
