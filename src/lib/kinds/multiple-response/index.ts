/** Multiple response, as one kind module. */
import { isArrayOf, isString } from '../../storage/guards';
import { responseGuard, type KindModule } from '../kind';
import { gradeMultipleResponse } from './grade';
import { multipleResponseSchema, type MultipleResponseResponse } from './schema';

export const multipleResponse: KindModule<
	ReturnType<typeof multipleResponseSchema>,
	MultipleResponseResponse
> = {
	kind: 'multiple-response',
	schema: multipleResponseSchema,
	isResponse: responseGuard<MultipleResponseResponse>('multiple-response', {
		options: isArrayOf(isString)
	}),
	empty: () => ({ kind: 'multiple-response', options: [] }),
	grade: gradeMultipleResponse,
	tools: () => import('./tools')
};
