/** Numerical, as one kind module. */
import { isString } from '../../storage/guards';
import { responseGuard, type KindModule } from '../kind';
import { gradeNumerical } from './grade';
import { numericalSchema, type NumericalResponse } from './schema';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicIndic = (n: number) =>
	String(n)
		.replace(/[0-9]/gu, (d) => ARABIC_INDIC[Number(d)]!)
		.replace('.', '٫');

export const numerical: KindModule<ReturnType<typeof numericalSchema>, NumericalResponse> = {
	kind: 'numerical',
	schema: numericalSchema,
	isResponse: responseGuard<NumericalResponse>('numerical', { text: isString }),
	empty: () => ({ kind: 'numerical', text: '' }),
	grade: gradeNumerical,
	answer: {
		format: 'a number (any digits)',
		parse: (_, text) => ({ kind: 'numerical', text }),
		choices: () => ''
	},
	bench: {
		responses: (q) =>
			[String(q.answer), toArabicIndic(q.answer), String(q.answer + q.tolerance + 1), ''].map(
				(text) => ({ kind: 'numerical', text })
			),
		typed: (q, right) => String(right ? q.answer : q.answer + 2 * q.tolerance + 1)
	}
};
