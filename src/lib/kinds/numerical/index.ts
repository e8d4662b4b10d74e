/** Numerical, as one kind module. */
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeNumerical } from './grade';
import { numericalSchema, type NumericalResponse } from './schema';

export const numerical: KindModule<ReturnType<typeof numericalSchema>, NumericalResponse> = {
	kind: 'numerical',
	interaction: 'numeric',
	schema: numericalSchema,
	isResponse,
	empty,
	grade: gradeNumerical,
	blank: () => ({ answer: 0, tolerance: 0 }),
	tools: () => import('./tools')
};
