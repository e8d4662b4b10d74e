/** Evidence, as one kind module. */
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeEvidence } from './grade';
import { evidenceSchema, type EvidenceResponse } from './schema';

export const evidence: KindModule<ReturnType<typeof evidenceSchema>, EvidenceResponse> = {
	kind: 'evidence',
	interaction: 'choice',
	schema: evidenceSchema,
	isResponse,
	empty,
	grade: gradeEvidence,
	blank: () => ({ claim: '' }),
	tools: () => import('./tools')
};
