/**
 * Woven practice: which questions follow which paragraph. A question belongs to the first
 * paragraph (in reading order) that holds any of its evidence, so it comes up as soon as the
 * learner has read where its answer starts.
 */

/** The part of a block placement needs: its id, kind and sentence ids. */
export interface PlacedBlock {
	id: string;
	kind: 'headline' | 'dateline' | 'paragraph';
	sentences: readonly { id: string }[];
}

export interface Placement<Q> {
	/** Block id -> its questions, in the set's order. Blocks without questions are left out. */
	byBlock: Map<string, Q[]>;
	/** Questions whose evidence names no sentence of the article: shown after the article. */
	unplaced: Q[];
}

/**
 * Places each question after a block: the first paragraph holding any of its evidence sentences;
 * failing that (evidence only in the headline or dateline), the first such block.
 */
export function placeQuestions<Q extends { evidence: readonly string[] }>(
	blocks: readonly PlacedBlock[],
	questions: readonly Q[]
): Placement<Q> {
	const position = new Map<string, number>();
	blocks.forEach((block, i) => block.sentences.forEach((s) => position.set(s.id, i)));
	const byBlock = new Map<string, Q[]>();
	const unplaced: Q[] = [];
	for (const question of questions) {
		const at = question.evidence
			.map((id) => position.get(id))
			.filter((i): i is number => i !== undefined)
			.sort((a, b) => a - b);
		const chosen = at.find((i) => blocks[i]!.kind === 'paragraph') ?? at[0];
		if (chosen === undefined) {
			unplaced.push(question);
			continue;
		}
		const id = blocks[chosen]!.id;
		const list = byBlock.get(id);
		if (list) list.push(question);
		else byBlock.set(id, [question]);
	}
	return { byBlock, unplaced };
}
