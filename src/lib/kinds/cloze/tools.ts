/** Cloze: the `fahm grade` answer parser and the bench answers. */
import { slip, type BenchAnswers, type CommandLineAnswer } from '../kind';
import { clozeAnswers } from './grade';
import type { ClozeQuestion, ClozeResponse } from './schema';

export const answer: CommandLineAnswer<ClozeQuestion, ClozeResponse> = {
	format: 'one word per gap, separated by |',
	parse: (q, answer) => ({
		kind: 'cloze',
		gaps: answer.trim() ? answer.split('|').map((g) => g.trim() || null) : q.gaps.map(() => null)
	}),
	choices: (q) => `; this one has ${q.gaps.length} gap(s)`
};

export const bench: BenchAnswers<ClozeQuestion, ClozeResponse> = {
	responses(q, lesson) {
		const words = (clozeAnswers(q, lesson) ?? []).map((w) => w[0] ?? '');
		// A bank offers no misspelt words: there the slip is picking the wrong one.
		const miss = (w: string) =>
			q.mode === 'typed' ? slip(w) : (q.distractors[0] ?? words.at(-1)!);
		return [words, words.map((w, i) => (i === 0 ? miss(w) : w)), words.map(() => null)].map(
			(gaps) => ({ kind: 'cloze', gaps })
		);
	}
};
