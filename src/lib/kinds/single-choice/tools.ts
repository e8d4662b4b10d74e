/** Single choice: the `fahm grade` answer parser and the bench answers. */
import type { BenchAnswers, CommandLineAnswer } from '../kind';
import type { SingleChoiceQuestion, SingleChoiceResponse } from './schema';

export const answer: CommandLineAnswer<SingleChoiceQuestion, SingleChoiceResponse> = {
	format: 'an option id',
	parse: (_, answer) => ({ kind: 'single-choice', option: answer.trim() || null }),
	choices: (q) => `; options: ${q.options.map((o) => o.id).join(', ')}`
};

export const bench: BenchAnswers<SingleChoiceQuestion, SingleChoiceResponse> = {
	responses(q) {
		const right = q.options.find((o) => o.correct)!.id;
		const wrong = q.options.find((o) => !o.correct)!.id;
		return [right, wrong, null].map((option) => ({ kind: 'single-choice', option }));
	}
};
