/** Numerical, as one kind module. */
import type { KindModule } from '../kind';
import { isResponse } from './response';
import { gradeNumerical } from './grade';
import { numericalSchema, type NumericalResponse } from './schema';

export const numerical: KindModule<ReturnType<typeof numericalSchema>, NumericalResponse> = {
	kind: 'numerical',
	interaction: 'numeric',
	schema: numericalSchema,
	isResponse,
	empty: () => ({ kind: 'numerical', text: '' }),
	grade: gradeNumerical,
	blank: () => ({ answer: 0, tolerance: 0 }),
	tools: () => import('./tools')
};
