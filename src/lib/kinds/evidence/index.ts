/** Evidence, as one kind module. */
import { isArrayOf, isString } from '../../storage/guards';
import { listedIds, responseGuard, type KindModule } from '../kind';
import { gradeEvidence } from './grade';
import { evidenceSchema, type EvidenceResponse } from './schema';

export const evidence: KindModule<ReturnType<typeof evidenceSchema>, EvidenceResponse> = {
	kind: 'evidence',
	schema: evidenceSchema,
	isResponse: responseGuard<EvidenceResponse>('evidence', { sentences: isArrayOf(isString) }),
	empty: () => ({ kind: 'evidence', sentences: [] }),
	grade: gradeEvidence,
	answer: {
		format: 'sentence ids separated by commas',
		parse: (_, answer) => ({ kind: 'evidence', sentences: listedIds(answer) }),
		choices: () => ''
	},
	bench: {
		responses(q, lesson) {
			const other = lesson.article.blocks
				.flatMap((b) => b.sentences.map((s) => s.id))
				.find((id) => !q.evidence.includes(id))!;
			return [q.evidence, [...q.evidence.slice(0, 1), other], []].map((sentences) => ({
				kind: 'evidence',
				sentences
			}));
		}
	}
};
