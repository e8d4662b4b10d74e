/** Free response on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import type { KindPrint } from '../../interop/print-parts';
import type { FreeResponseQuestion } from './schema';

export const print: KindPrint<FreeResponseQuestion> = {
	kind: 'free-response',
	worksheet: () => ({ kind: 'lines', count: 6 }),
	key: (q, { text }) => ({ kind: 'sample', sample: text(q.sampleAnswer), checklist: q.checklist })
};
