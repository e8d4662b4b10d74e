/** Ordering on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import { byText, type KindPrint } from '../../interop/print-parts';
import type { OrderingQuestion } from './schema';

export const print: KindPrint<OrderingQuestion> = {
	kind: 'ordering',
	worksheet: (q, { text }) => ({
		kind: 'ordering',
		items: q.items.map((i) => text(i.text)).sort(byText)
	}),
	key: (q, { text }) => ({ kind: 'texts', ordered: true, texts: q.items.map((i) => text(i.text)) })
};
