/** True / false / not stated on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import type { KindPrint } from '../../interop/print-parts';
import type { TrueFalseQuestion } from './schema';

export const print: KindPrint<TrueFalseQuestion> = {
	kind: 'true-false-not-stated',
	worksheet: () => ({ kind: 'truth' }),
	key: (q) => ({ kind: 'truth', value: q.answer })
};
