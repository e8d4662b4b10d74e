/** True / false / not stated: the `fahm grade` answer parser and the bench answers. */
import type { BenchAnswers, CommandLineAnswer } from '../kind';
import {
	isTruthValue,
	type TrueFalseQuestion,
	type TrueFalseResponse,
	type TruthValue
} from './schema';

export const answer: CommandLineAnswer<TrueFalseQuestion, TrueFalseResponse> = {
	format: 'true, false or not-stated',
	parse(_, answer) {
		const value = answer.trim();
		if (value === '') return { kind: 'true-false-not-stated', value: null };
		if (isTruthValue(value)) return { kind: 'true-false-not-stated', value };
		return `"${value}" is not true, false or not-stated`;
	},
	choices: () => ''
};

export const bench: BenchAnswers<TrueFalseQuestion, TrueFalseResponse> = {
	responses(q) {
		const other: TruthValue = q.answer === 'true' ? 'false' : 'true';
		return [q.answer, other, null].map((value) => ({ kind: 'true-false-not-stated', value }));
	}
};
