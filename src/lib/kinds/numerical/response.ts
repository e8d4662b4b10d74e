/**
 * The shape of a stored numerical answer, checked when it is read back. Apart from the kind module
 * (index.ts) so that reading saved answers needs no grader or question schema: the progress page
 * reads them without either (issue 12).
 */
import { isString } from '../../storage/guards';
import { responseGuard } from '../kind';
import type { NumericalResponse } from './schema';

export const isResponse = responseGuard<NumericalResponse>('numerical', { text: isString });
