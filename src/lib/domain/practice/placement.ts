/**
 * Woven practice: which questions follow which paragraph. A question comes after the paragraph of
 * its last evidence sentence, so the learner has read everything that answers it; a question about
 * the whole article waits for the end of it.
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
	/**
	 * Shown after the article, in the set's order: questions about the whole article, and any
	 * whose evidence names no sentence of the article (kept, never dropped).
	 */
	atEnd: Q[];
}

/**
 * Whether evidence spanning paragraphs `first` to `last` (numbered from 1; the headline and dateline
 * are 0) is about the whole article: the span, both ends counted, covers more than half of the
 * article's `paragraphs`. A summary, the order of events or the purpose stated in the headline and
 * the last paragraph all do; a question on two neighbouring paragraphs does not. ("More than half"
 * rather than a fixed count, so that a short article keeps its questions between its paragraphs.)
 */
export function isWholeArticle(first: number, last: number, paragraphs: number): boolean {
	return last - first + 1 > paragraphs / 2;
}

/**
 * Places each question after the block (in reading order) of its last evidence sentence: the
 * headline and dateline come before paragraph 1, so evidence there only places a question before
 * the first paragraph. Questions about the whole article (see `isWholeArticle`) go to `atEnd`.
 */
export function placeQuestions<Q extends { evidence: readonly string[] }>(
	blocks: readonly PlacedBlock[],
	questions: readonly Q[]
): Placement<Q> {
	// Each sentence's block index, and each block's paragraph number (0 before the first).
	const position = new Map<string, number>();
	const paragraphOf: number[] = [];
	let paragraphs = 0;
	blocks.forEach((block, i) => {
		if (block.kind === 'paragraph') paragraphs++;
		paragraphOf.push(block.kind === 'paragraph' ? paragraphs : 0);
		block.sentences.forEach((s) => position.set(s.id, i));
	});
	const byBlock = new Map<string, Q[]>();
	const atEnd: Q[] = [];
	for (const question of questions) {
		const at = question.evidence
			.map((id) => position.get(id))
			.filter((i): i is number => i !== undefined);
		if (at.length === 0) {
			atEnd.push(question);
			continue;
		}
		const last = Math.max(...at);
		const first = Math.min(...at);
		if (isWholeArticle(paragraphOf[first]!, paragraphOf[last]!, paragraphs)) {
			atEnd.push(question);
			continue;
		}
		const id = blocks[last]!.id;
		const list = byBlock.get(id);
		if (list) list.push(question);
		else byBlock.set(id, [question]);
	}
	return { byBlock, atEnd };
}
