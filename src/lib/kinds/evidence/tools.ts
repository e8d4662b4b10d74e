/** Evidence: the `fahm grade` answer parser and the bench answers. */
import { listedIds, type BenchAnswers, type CommandLineAnswer } from '../kind';
import type { EvidenceQuestion, EvidenceResponse } from './schema';

export const answer: CommandLineAnswer<EvidenceQuestion, EvidenceResponse> = {
	format: 'sentence ids separated by commas',
	parse: (_, answer) => ({ kind: 'evidence', sentences: listedIds(answer) }),
	choices: () => ''
};

export const bench: BenchAnswers<EvidenceQuestion, EvidenceResponse> = {
	responses(q, lesson) {
		const other = lesson.article.blocks
			.flatMap((b) => b.sentences.map((s) => s.id))
			.find((id) => !q.evidence.includes(id))!;
		return [q.evidence, [...q.evidence.slice(0, 1), other], []].map((sentences) => ({
			kind: 'evidence',
			sentences
		}));
	}
};
