/**
 * The parts a question set is printed from (see set-print.ts): texts with their language, what a
 * question shows on the worksheet, what the answer key says, and the shape of each kind's
 * `print.ts` (src/lib/kinds/<kind>/print.ts), which says both for its own questions.
 */
import type { Lesson } from '../content/schema';

export type Language = 'ar' | 'en';

/** A text and the language it is written in. */
export interface Text {
	text: string;
	lang: Language;
}

/** What a question shows on the worksheet below its prompt. */
export type WorksheetBody =
	| { kind: 'choices'; many: boolean; choices: Text[] }
	| { kind: 'truth' }
	| { kind: 'lines'; count: number; unit?: Text }
	| { kind: 'matching'; left: Text[]; right: Text[] }
	| { kind: 'ordering'; items: Text[] }
	/** The sentence with numbered gaps; `bank` lists the words to choose from. */
	| { kind: 'cloze'; parts: (string | number)[]; bank: string[] }
	| { kind: 'evidence'; claim: Text };

/** An answer in the key: one line, or a list (options, pairs, the order). */
export type KeyAnswer =
	| { kind: 'texts'; texts: Text[]; ordered: boolean }
	| { kind: 'truth'; value: 'true' | 'false' | 'not-stated' }
	| { kind: 'number'; answer: number; tolerance: number; unit?: Text }
	| { kind: 'pairs'; pairs: [Text, Text][] }
	| { kind: 'sentences' }
	| { kind: 'sample'; sample: Text; checklist: { en: string; ar: string }[] };

/** What a kind's printing is handed for a question. */
export interface PrintContext {
	lesson: Lesson;
	/** The language of the question's answers. */
	lang: Language;
	/** `t` as a text in the answers' language. */
	text: (t: string) => Text;
}

/** How a kind prints its questions: a kind's `print.ts` exports one as `print`. */
export interface KindPrint<Q> {
	kind: string;
	/** What the worksheet shows below the prompt: never the answer. */
	worksheet(question: Q, context: PrintContext): WorksheetBody;
	/** What the answer key says is the answer. */
	key(question: Q, context: PrintContext): KeyAnswer;
}

/** The letter of the `i`th choice: a, b, c... in English; أ، ب، ج... in Arabic (abjad order). */
export function choiceLetter(i: number, language: Language): string {
	const abjad = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';
	return language === 'ar' ? (abjad[i] ?? String(i + 1)) : String.fromCharCode(97 + (i % 26));
}

/** Texts in alphabetical order: lists a learner must sort or match never print as the answer. */
export const byText = (a: Text, b: Text) => a.text.localeCompare(b.text, a.lang);

/**
 * The choice kinds on paper: the options to tick (one, or all that apply) and, in the key, the
 * correct ones with their letters.
 */
export function choicesPrint<Q extends { options: { text: string; correct: boolean }[] }>(
	kind: string,
	many: boolean
): KindPrint<Q> {
	return {
		kind,
		worksheet: (q, { text }) => ({
			kind: 'choices',
			many,
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
}
