/** Evidence: the article sentences that support a claim. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const evidenceSchema = ({ v, common, text }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('evidence'),
		/** The claim to support, in Arabic; its English is the prompt's. The answer is `evidence`. */
		claim: text
	});

export type EvidenceQuestion = QuestionFrom<ReturnType<typeof evidenceSchema>>;
/** Sentence ids the learner selected. */
export type EvidenceResponse = { kind: 'evidence'; sentences: string[] };
