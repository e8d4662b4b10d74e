/** Evidence on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import type { KindPrint } from '../../interop/print-parts';
import type { EvidenceQuestion } from './schema';

export const print: KindPrint<EvidenceQuestion> = {
	kind: 'evidence',
	worksheet: (q) => ({ kind: 'evidence', claim: { text: q.claim, lang: 'ar' } }),
	key: () => ({ kind: 'sentences' })
};
