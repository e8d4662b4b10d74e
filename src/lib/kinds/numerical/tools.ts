/** Numerical: the `fahm grade` answer parser and the bench answers. */
import type { BenchAnswers, CommandLineAnswer } from '../kind';
import type { NumericalQuestion, NumericalResponse } from './schema';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicIndic = (n: number) =>
	String(n)
		.replace(/[0-9]/gu, (d) => ARABIC_INDIC[Number(d)]!)
		.replace('.', '٫');

export const answer: CommandLineAnswer<NumericalQuestion, NumericalResponse> = {
	format: 'a number (any digits)',
	parse: (_, text) => ({ kind: 'numerical', text }),
	choices: () => ''
};

export const bench: BenchAnswers<NumericalQuestion, NumericalResponse> = {
	responses: (q) =>
		[String(q.answer), toArabicIndic(q.answer), String(q.answer + q.tolerance + 1), ''].map(
			(text) => ({ kind: 'numerical', text })
		),
	typed: (q, right) => String(right ? q.answer : q.answer + 2 * q.tolerance + 1)
};
