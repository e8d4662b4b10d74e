/**
 * The response a player starts from, before the learner has done anything: each kind's `empty`
 * (src/lib/kinds/<kind>/empty.ts, apart from its grader). Pure: the one random choice (the
 * order ordering items are dealt in) comes from a `random` source the caller may pass.
 */
import type { Question } from '$lib/content/question-schema';
import { createRandom, deriveSeed, type Random } from '$lib/domain/exercises/random';
import type { Response, ResponseOf } from '$lib/domain/grading/types';
import { EMPTY_RESPONSES } from '$lib/kinds/empty-responses';

/** A random source seeded from `seed`: the same text always gives the same sequence. */
const seededRandom = (seed: string): Random => createRandom(deriveSeed(0, seed));

/**
 * An empty response for `question`. Ordering items are shuffled with `random` (by default a
 * generator seeded from the question id, so a question always starts the same way), and never
 * dealt in the right order.
 */
export function emptyResponse<Q extends Question>(
	question: Q,
	random: Random = seededRandom(question.id)
): ResponseOf<Q['kind']> {
	if (!Object.hasOwn(EMPTY_RESPONSES, question.kind))
		throw new Error(`no kind "${question.kind}" for question "${question.id}"`);
	// Each kind's `empty` takes that kind's questions: called with the question's own kind.
	const empty = EMPTY_RESPONSES[question.kind] as (q: Question, random: Random) => Response;
	return empty(question, random) as ResponseOf<Q['kind']>;
}
