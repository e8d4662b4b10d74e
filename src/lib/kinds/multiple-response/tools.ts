/** Multiple response: the `fahm grade` answer parser and the bench answers. */
import { listedIds, type BenchAnswers, type CommandLineAnswer } from '../kind';
import type { MultipleResponseQuestion, MultipleResponseResponse } from './schema';

export const answer: CommandLineAnswer<MultipleResponseQuestion, MultipleResponseResponse> = {
	format: 'option ids separated by commas',
	parse: (_, answer) => ({ kind: 'multiple-response', options: listedIds(answer) }),
	choices: (q) => `; options: ${q.options.map((o) => o.id).join(', ')}`
};

export const bench: BenchAnswers<MultipleResponseQuestion, MultipleResponseResponse> = {
	responses(q) {
		const right = q.options.filter((o) => o.correct).map((o) => o.id);
		const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
		return [right, [right[0]!, ...wrong.slice(0, 1)], []].map((options) => ({
			kind: 'multiple-response',
			options
		}));
	}
};
