/**
 * The shape of a stored cloze answer, checked when it is read back. Apart from the kind module
 * (index.ts) so that reading saved answers needs no grader or question schema: the progress page
 * reads them without either (issue 12).
 */
import { isArrayOf, isNullable, isString } from '../../storage/guards';
import { responseGuard } from '../kind';
import type { ClozeResponse } from './schema';

export const isResponse = responseGuard<ClozeResponse>('cloze', {
	gaps: isArrayOf(isNullable(isString))
});
