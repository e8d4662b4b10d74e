/** Cloze on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import type { Lesson } from '../../content/schema';
import type { KindPrint } from '../../interop/print-parts';
import type { ClozeQuestion } from './schema';

/** The sentence with its gaps numbered, and the words that fill them. */
function clozeParts(q: ClozeQuestion, lesson: Lesson) {
	const sentence = lesson.article.blocks
		.flatMap((b) => b.sentences)
		.find((s) => s.id === q.sentence);
	const gapAt = new Map(q.gaps.map((g, i) => [g.token, i + 1] as const));
	const parts: (string | number)[] = [];
	sentence?.tokens.forEach((token, i) => {
		const gap = gapAt.get(i);
		if (gap !== undefined) parts.push(gap, token.ws);
		else parts.push(token.text + token.ws);
	});
	const words = q.gaps.map((g) => sentence?.tokens[g.token]?.text ?? '');
	return { parts, words };
}

export const print: KindPrint<ClozeQuestion> = {
	kind: 'cloze',
	worksheet: (q, { lesson }) => {
		const { parts, words } = clozeParts(q, lesson);
		const bank =
			q.mode === 'bank'
				? [...words, ...q.distractors].sort((a, b) => a.localeCompare(b, 'ar'))
				: [];
		return { kind: 'cloze', parts, bank };
	},
	key: (q, { lesson, text }) => ({
		kind: 'texts',
		ordered: true,
		texts: clozeParts(q, lesson).words.map((word, i) =>
			text([word, ...(q.gaps[i]?.alsoAccept ?? [])].join(' / '))
		)
	})
};
