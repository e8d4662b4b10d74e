/**
 * The shape of a stored true-false-not-stated answer, checked when it is read back. Apart from the
 * kind module (index.ts) so that reading saved answers needs no grader or question schema: the
 * progress page reads them without either (issue 12).
 */
import { responseGuard } from '../kind';
import { isTruthValue, type TrueFalseResponse } from './schema';

export const isResponse = responseGuard<TrueFalseResponse>('true-false-not-stated', {
	value: (x) => x === null || isTruthValue(x)
});
