/**
 * The response a player starts from, before the learner has done anything. Pure: the one random
 * choice (the order ordering items are dealt in) comes from a `random` source the caller may pass.
 */
import type { Question, QuestionKind, QuestionOf } from '$lib/content/question-schema';
import type { Response, ResponseOf } from '$lib/domain/grading/types';

type Starters = { [K in QuestionKind]: (q: QuestionOf<K>, random: () => number) => ResponseOf<K> };

const starters: Starters = {
	'single-choice': () => ({ kind: 'single-choice', option: null }),
	'multiple-response': () => ({ kind: 'multiple-response', options: [] }),
	'true-false-not-stated': () => ({ kind: 'true-false-not-stated', value: null }),
	'short-answer': () => ({ kind: 'short-answer', text: '' }),
	numerical: () => ({ kind: 'numerical', text: '' }),
	matching: (q) => ({
		kind: 'matching',
		matches: Object.fromEntries(q.pairs.map((p) => [p.id, null]))
	}),
	ordering: (q, random) => ({
		kind: 'ordering',
		order: dealt(
			q.items.map((i) => i.id),
			random
		)
	}),
	cloze: (q) => ({ kind: 'cloze', gaps: q.gaps.map(() => null) }),
	evidence: () => ({ kind: 'evidence', sentences: [] }),
	'free-response': () => ({ kind: 'free-response', text: '', checked: [] })
};

/**
 * An empty response for `question`. Ordering items are shuffled with `random` (by default a
 * generator seeded from the question id, so a question always starts the same way), and never
 * dealt in the right order.
 */
export function emptyResponse<Q extends Question>(
	question: Q,
	random: () => number = seededRandom(question.id)
): ResponseOf<Q['kind']> {
	const start = starters[question.kind] as (q: Q, random: () => number) => Response;
	return start(question, random) as ResponseOf<Q['kind']>;
}

/** Fisher-Yates with `random`; if that lands on the original order, rotate it by one. */
function dealt<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
	return out;
}

/** mulberry32 seeded with a string hash: small, fast, and the same sequence for the same seed. */
export function seededRandom(seed: string): () => number {
	let state = 2166136261;
	for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
