/**
 * A question set on paper: what each question shows on the worksheet (never its answer), and what
 * the answer key says of it. Choices are lettered; lists a learner must sort or match are printed
 * in alphabetical order, never in the order that is the answer. Each kind says how its questions
 * print in its own `print.ts` (src/lib/kinds/<kind>/print.ts), found by a glob as the registry
 * finds the players: a new kind's folder brings its printing along.
 */
import type { Question, QuestionSet } from '../content/question-schema';
import type { Lesson } from '../content/schema';
import type { KindPrint, KeyAnswer, Language, PrintContext, WorksheetBody } from './print-parts';

export {
	choiceLetter,
	type KeyAnswer,
	type Language,
	type Text,
	type WorksheetBody
} from './print-parts';

const prints = import.meta.glob<KindPrint<Question>>('../kinds/*/print.ts', {
	eager: true,
	import: 'print'
});
/** Each kind's printing, by kind. */
const PRINTS = new Map(Object.values(prints).map((print) => [print.kind, print]));

/** The printing of `q`'s kind, and what it is handed for `q`. */
function printing(q: Question, lesson: Lesson): [KindPrint<Question>, PrintContext] {
	const print = PRINTS.get(q.kind);
	if (!print) throw new Error(`no print.ts for the kind "${q.kind}"`);
	const lang: Language = q.answerLanguage ?? 'ar';
	return [print, { lesson, lang, text: (text) => ({ text, lang }) }];
}

/** What the worksheet prints for a question. */
export function worksheetBody(q: Question, lesson: Lesson): WorksheetBody {
	const [print, context] = printing(q, lesson);
	return print.worksheet(q, context);
}

/** What the answer key says is the answer to a question (its explanation and evidence beside it). */
export function keyAnswer(q: Question, lesson: Lesson): KeyAnswer {
	const [print, context] = printing(q, lesson);
	return print.key(q, context);
}

/** The article as printed: each block with its sentences, ids kept so evidence can be named. */
export function printedArticle(lesson: Lesson) {
	return lesson.article.blocks.map((block) => ({
		id: block.id,
		kind: block.kind,
		sentences: block.sentences.map((s) => ({
			id: s.id,
			text: s.tokens
				.map((t) => t.text + t.ws)
				.join('')
				.trim()
		}))
	}));
}

/** The set's total points, printed on the worksheet. */
export const totalPoints = (set: QuestionSet): number =>
	set.questions.reduce((sum, q) => sum + q.points, 0);
