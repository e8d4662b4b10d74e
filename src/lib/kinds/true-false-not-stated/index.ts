/** True / false / not stated, as one kind module. */
import { responseGuard, type KindModule } from '../kind';
import { gradeTrueFalse } from './grade';
import { isTruthValue, trueFalseSchema, type TruthValue, type TrueFalseResponse } from './schema';

export const trueFalseNotStated: KindModule<
	ReturnType<typeof trueFalseSchema>,
	TrueFalseResponse
> = {
	kind: 'true-false-not-stated',
	schema: trueFalseSchema,
	isResponse: responseGuard<TrueFalseResponse>('true-false-not-stated', {
		value: (x) => x === null || isTruthValue(x)
	}),
	empty: () => ({ kind: 'true-false-not-stated', value: null }),
	grade: gradeTrueFalse,
	answer: {
		format: 'true, false or not-stated',
		parse(_, answer) {
			const value = answer.trim();
			if (value === '') return { kind: 'true-false-not-stated', value: null };
			if (isTruthValue(value)) return { kind: 'true-false-not-stated', value };
			return `"${value}" is not true, false or not-stated`;
		},
		choices: () => ''
	},
	bench: {
		responses(q) {
			const other: TruthValue = q.answer === 'true' ? 'false' : 'true';
			return [q.answer, other, null].map((value) => ({ kind: 'true-false-not-stated', value }));
		}
	}
};
