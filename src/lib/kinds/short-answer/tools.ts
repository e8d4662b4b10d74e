/** Short answer: the `fahm grade` answer parser and the bench answers. */
import { slip, type BenchAnswers, type CommandLineAnswer } from '../kind';
import type { ShortAnswerQuestion, ShortAnswerResponse } from './schema';

export const answer: CommandLineAnswer<ShortAnswerQuestion, ShortAnswerResponse> = {
	format: 'the answer as text',
	parse: (_, text) => ({ kind: 'short-answer', text }),
	choices: () => ''
};

export const bench: BenchAnswers<ShortAnswerQuestion, ShortAnswerResponse> = {
	responses(q) {
		const text = q.accepted[0]!.text;
		return [text, ` ${text}.`, slip(text), 'لا أعرف', ''].map((typed) => ({
			kind: 'short-answer',
			text: typed
		}));
	},
	typed: (q, right) => (right ? q.accepted[0]?.text : undefined)
};
