/** Free response: the `fahm grade` answer parser and the bench answers. */
import { listedIds, type BenchAnswers, type CommandLineAnswer } from '../kind';
import type { FreeResponseQuestion, FreeResponseResponse } from './schema';

export const answer: CommandLineAnswer<FreeResponseQuestion, FreeResponseResponse> = {
	format: 'the answer as text, and --checked 0,2 for the checklist points covered',
	parse(_, text, checked) {
		const points = checked === undefined ? [] : listedIds(checked);
		if (points.some((p) => !/^\d+$/u.test(p))) return `--checked takes point numbers: "${checked}"`;
		return { kind: 'free-response', text, checked: points.map(Number) };
	},
	choices: () => ''
};

export const bench: BenchAnswers<FreeResponseQuestion, FreeResponseResponse> = {
	responses(q) {
		const all = q.checklist.map((_, i) => i);
		return [
			{ kind: 'free-response', text: q.sampleAnswer, checked: all },
			{ kind: 'free-response', text: q.sampleAnswer, checked: all.slice(0, 1) },
			{ kind: 'free-response', text: '', checked: [] }
		];
	}
};
