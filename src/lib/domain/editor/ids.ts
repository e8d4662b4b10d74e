/** Fresh ids for what the editor adds (questions, options, pairs, items), valid as IdSchema wants. */

/** The first of `prefix`1, `prefix`2, ... that `taken` does not hold. */
export function nextFreeId(taken: Iterable<string>, prefix: string): string {
	const used = new Set(taken);
	for (let n = 1; ; n++) {
		const id = `${prefix}${n}`;
		if (!used.has(id)) return id;
	}
}

/** A question id for a set whose questions have `taken` ids: q1, q2, ... */
export function nextQuestionId(questions: readonly { id?: unknown }[]): string {
	return nextFreeId(
		questions.flatMap((q) => (typeof q.id === 'string' ? [q.id] : [])),
		'q'
	);
}

/**
 * A set id no other set uses: `base` made id-shaped (lowercase ASCII, digits, "-", "."), then
 * `-2`, `-3`... while taken.
 */
export function freeSetId(base: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	const stem =
		base
			.toLowerCase()
			.replace(/[^a-z0-9.-]+/g, '-')
			.replace(/^[^a-z0-9]+/, '')
			.replace(/-+$/, '') || 'set';
	if (!used.has(stem)) return stem;
	for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
