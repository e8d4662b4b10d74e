/** Numerical, as one kind module. */
import { isString } from '../../storage/guards';
import { responseGuard, type KindModule } from '../kind';
import { gradeNumerical } from './grade';
import { numericalSchema, type NumericalResponse } from './schema';

export const numerical: KindModule<ReturnType<typeof numericalSchema>, NumericalResponse> = {
	kind: 'numerical',
	interaction: 'numeric',
	schema: numericalSchema,
	isResponse: responseGuard<NumericalResponse>('numerical', { text: isString }),
	empty: () => ({ kind: 'numerical', text: '' }),
	grade: gradeNumerical,
	blank: () => ({ answer: 0, tolerance: 0 }),
	tools: () => import('./tools')
};
