/** Single choice on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import { choiceLetter, type KindPrint } from '../../interop/print-parts';
import type { SingleChoiceQuestion } from './schema';

export const print: KindPrint<SingleChoiceQuestion> = {
	kind: 'single-choice',
	worksheet: (q, { text }) => ({
		kind: 'choices',
		many: false,
		choices: q.options.map((o) => text(o.text))
	}),
	key: (q, { lang, text }) => ({
		kind: 'texts',
		ordered: false,
		texts: q.options.flatMap((o, i) =>
			o.correct ? [text(`${choiceLetter(i, lang)}) ${o.text}`)] : []
		)
	})
};
