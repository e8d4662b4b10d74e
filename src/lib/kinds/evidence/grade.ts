/** Evidence: the article sentences that support a claim. */
import type { EvidenceQuestion, EvidenceResponse } from './schema';
import { sentencesOf, type GradeContext } from '../../domain/grading/context';
import { hasDuplicates, invalid, scored, unanswered } from '../../domain/grading/grade';
import type { Grade } from '../../domain/grading/types';

type Q = EvidenceQuestion;
const expectedSets = new WeakMap<Q, Set<string>>();

/**
 * Scored by F1 of the selection against the question's `evidence`: precision (share of the
 * selected sentences that are evidence) and recall (share of the evidence selected), combined as
 * 2PR / (P + R), so a missed sentence and an extra one cost alike. Parts: each selected sentence
 * (right when it is evidence), then each evidence sentence not selected (not right). With a
 * lesson in `context`, a sentence id the article does not have is invalid.
 */
export function gradeEvidence(
	question: Q,
	response: EvidenceResponse,
	context?: GradeContext
): Grade {
	const selected = response.sentences;
	if (!Array.isArray(selected)) return invalid();
	if (selected.length === 0) return unanswered();
	if (hasDuplicates(selected)) return invalid();
	if (context) {
		const sentences = sentencesOf(context.lesson);
		if (selected.some((id) => !sentences.has(id))) return invalid();
	}
	let expected = expectedSets.get(question);
	if (!expected) {
		expected = new Set(question.evidence);
		expectedSets.set(question, expected);
	}
	const chosen = new Set(selected);
	const parts = selected.map((id) => ({ id, correct: expected.has(id) }));
	for (const id of question.evidence) if (!chosen.has(id)) parts.push({ id, correct: false });
	const hits = selected.filter((id) => expected.has(id)).length;
	const precision = hits / selected.length;
	const recall = hits / expected.size;
	const f1 = hits === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return scored(question, f1, parts);
}
