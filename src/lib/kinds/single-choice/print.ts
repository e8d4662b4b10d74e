/** Single choice on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import { choicesPrint } from '../../interop/print-parts';
import type { SingleChoiceQuestion } from './schema';

export const print = choicesPrint<SingleChoiceQuestion>('single-choice', false);
