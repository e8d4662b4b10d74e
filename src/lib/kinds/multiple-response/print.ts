/** Multiple response on paper: what the worksheet shows and what the answer key says (interop/set-print.ts). */
import { choiceLetter, type KindPrint } from '../../interop/print-parts';
import type { MultipleResponseQuestion } from './schema';

export const print: KindPrint<MultipleResponseQuestion> = {
	kind: 'multiple-response',
	worksheet: (q, { text }) => ({
		kind: 'choices',
		many: true,
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
