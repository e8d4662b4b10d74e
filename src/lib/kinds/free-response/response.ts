/**
 * The shape of a stored free-response answer, checked when it is read back. Apart from the kind
 * module (index.ts) so that reading saved answers needs no grader or question schema: the progress
 * page reads them without either (issue 12).
 */
import { isArrayOf, isString, isIndex } from '../../storage/guards';
import { responseGuard } from '../kind';
import type { FreeResponseResponse } from './schema';

export const isResponse = responseGuard<FreeResponseResponse>('free-response', {
	text: isString,
	checked: isArrayOf(isIndex)
});
