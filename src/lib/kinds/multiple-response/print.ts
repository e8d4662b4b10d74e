/** Multiple response on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import { choicesPrint } from '../../interop/print-parts';
import type { MultipleResponseQuestion } from './schema';

export const print = choicesPrint<MultipleResponseQuestion>('multiple-response', true);
