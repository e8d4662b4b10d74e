/** Numerical on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import type { KindPrint } from '../../interop/print-parts';
import type { NumericalQuestion } from './schema';

export const print: KindPrint<NumericalQuestion> = {
	kind: 'numerical',
	worksheet: (q, { text }) => ({
		kind: 'lines',
		count: 1,
		...(q.unit ? { unit: text(q.unit) } : {})
	}),
	key: (q, { text }) => ({
		kind: 'number',
		answer: q.answer,
		tolerance: q.tolerance,
		...(q.unit ? { unit: text(q.unit) } : {})
	})
};
