/** Evidence, as one kind module. */
import { isArrayOf, isString } from '../../storage/guards';
import { responseGuard, type KindModule } from '../kind';
import { gradeEvidence } from './grade';
import { evidenceSchema, type EvidenceResponse } from './schema';

export const evidence: KindModule<ReturnType<typeof evidenceSchema>, EvidenceResponse> = {
	kind: 'evidence',
	interaction: 'choice',
	schema: evidenceSchema,
	isResponse: responseGuard<EvidenceResponse>('evidence', { sentences: isArrayOf(isString) }),
	empty: () => ({ kind: 'evidence', sentences: [] }),
	grade: gradeEvidence,
	blank: () => ({ claim: '' }),
	tools: () => import('./tools')
};
