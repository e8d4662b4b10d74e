/**
 * The shape of a stored multiple-response answer, checked when it is read back. Apart from the kind
 * module (index.ts) so that reading saved answers needs no grader or question schema: the progress
 * page reads them without either (issue 12).
 */
import { isArrayOf, isString } from '../../storage/guards';
import { responseGuard } from '../kind';
import type { MultipleResponseResponse } from './schema';

export const isResponse = responseGuard<MultipleResponseResponse>('multiple-response', {
	options: isArrayOf(isString)
});
