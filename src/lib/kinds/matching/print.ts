/** Matching on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import { byText, type KindPrint } from '../../interop/print-parts';
import type { MatchingQuestion } from './schema';

export const print: KindPrint<MatchingQuestion> = {
	kind: 'matching',
	worksheet: (q, { text }) => ({
		kind: 'matching',
		left: q.pairs.map((p) => text(p.left)),
		right: [...q.pairs.map((p) => p.right), ...q.distractors].map(text).sort(byText)
	}),
	key: (q, { text }) => ({
		kind: 'pairs',
		pairs: q.pairs.map((p) => [text(p.left), text(p.right)])
	})
};
