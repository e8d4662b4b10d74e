/** Short answer on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import type { KindPrint } from '../../interop/print-parts';
import type { ShortAnswerQuestion } from './schema';

export const print: KindPrint<ShortAnswerQuestion> = {
	kind: 'short-answer',
	worksheet: () => ({ kind: 'lines', count: 1 }),
	/** The answers worth full credit. */
	key: (q, { text }) => ({
		kind: 'texts',
		ordered: false,
		texts: q.accepted.filter((a) => a.credit === 1).map((a) => text(a.text))
	})
};
