/** Cloze, as one kind module. */
import { isArrayOf, isNullable, isString } from '../../storage/guards';
import { responseGuard, slip, type KindModule } from '../kind';
import { clozeAnswers, gradeCloze } from './grade';
import { clozeSchema, type ClozeResponse } from './schema';

export const cloze: KindModule<ReturnType<typeof clozeSchema>, ClozeResponse> = {
	kind: 'cloze',
	schema: clozeSchema,
	isResponse: responseGuard<ClozeResponse>('cloze', { gaps: isArrayOf(isNullable(isString)) }),
	empty: (q) => ({ kind: 'cloze', gaps: q.gaps.map(() => null) }),
	grade: gradeCloze,
	answer: {
		format: 'one word per gap, separated by |',
		parse: (q, answer) => ({
			kind: 'cloze',
			gaps: answer.trim() ? answer.split('|').map((g) => g.trim() || null) : q.gaps.map(() => null)
		}),
		choices: (q) => `; this one has ${q.gaps.length} gap(s)`
	},
	bench: {
		responses(q, lesson) {
			const words = (clozeAnswers(q, lesson) ?? []).map((w) => w[0] ?? '');
			// A bank offers no misspelt words: there the slip is picking the wrong one.
			const miss = (w: string) =>
				q.mode === 'typed' ? slip(w) : (q.distractors[0] ?? words.at(-1)!);
			return [words, words.map((w, i) => (i === 0 ? miss(w) : w)), words.map(() => null)].map(
				(gaps) => ({ kind: 'cloze', gaps })
			);
		}
	}
};
