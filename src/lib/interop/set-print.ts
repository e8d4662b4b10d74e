/**
 * A question set on paper: what each question shows on the worksheet (never its answer), and what
 * the answer key says of it. Choices are lettered; lists a learner must sort or match are printed
 * in alphabetical order, never in the order that is the answer.
 */
import type { Question, QuestionSet } from '../content/question-schema';
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
	| { kind: 'sample'; sample: Text; checklist: Question['explanation'][] };

/** The letter of the `i`th choice: a, b, c... in English; أ، ب، ج... in Arabic (abjad order). */
export function choiceLetter(i: number, language: Language): string {
	const abjad = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';
	return language === 'ar' ? (abjad[i] ?? String(i + 1)) : String.fromCharCode(97 + (i % 26));
}

const byText = (a: Text, b: Text) => a.text.localeCompare(b.text, a.lang);

function answerLanguage(q: Question): Language {
	return q.answerLanguage ?? 'ar';
}

function clozeParts(q: Extract<Question, { kind: 'cloze' }>, lesson: Lesson) {
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

/** What the worksheet prints for a question. */
export function worksheetBody(q: Question, lesson: Lesson): WorksheetBody {
	const lang = answerLanguage(q);
	const text = (t: string): Text => ({ text: t, lang });
	switch (q.kind) {
		case 'single-choice':
		case 'multiple-response':
			return {
				kind: 'choices',
				many: q.kind === 'multiple-response',
				choices: q.options.map((o) => text(o.text))
			};
		case 'true-false-not-stated':
			return { kind: 'truth' };
		case 'short-answer':
			return { kind: 'lines', count: 1 };
		case 'numerical':
			return { kind: 'lines', count: 1, ...(q.unit ? { unit: text(q.unit) } : {}) };
		case 'free-response':
			return { kind: 'lines', count: 6 };
		case 'matching':
			return {
				kind: 'matching',
				left: q.pairs.map((p) => text(p.left)),
				right: [...q.pairs.map((p) => p.right), ...q.distractors].map(text).sort(byText)
			};
		case 'ordering':
			return { kind: 'ordering', items: q.items.map((i) => text(i.text)).sort(byText) };
		case 'cloze': {
			const { parts, words } = clozeParts(q, lesson);
			const bank =
				q.mode === 'bank'
					? [...words, ...q.distractors].sort((a, b) => a.localeCompare(b, 'ar'))
					: [];
			return { kind: 'cloze', parts, bank };
		}
		case 'evidence':
			return { kind: 'evidence', claim: { text: q.claim, lang: 'ar' } };
	}
}

/** What the answer key says is the answer to a question (its explanation and evidence beside it). */
export function keyAnswer(q: Question, lesson: Lesson): KeyAnswer {
	const lang = answerLanguage(q);
	const text = (t: string): Text => ({ text: t, lang });
	switch (q.kind) {
		case 'single-choice':
		case 'multiple-response':
			return {
				kind: 'texts',
				ordered: false,
				texts: q.options.flatMap((o, i) =>
					o.correct ? [text(`${choiceLetter(i, lang)}) ${o.text}`)] : []
				)
			};
		case 'true-false-not-stated':
			return { kind: 'truth', value: q.answer };
		case 'short-answer':
			return {
				kind: 'texts',
				ordered: false,
				texts: q.accepted.filter((a) => a.credit === 1).map((a) => text(a.text))
			};
		case 'numerical':
			return {
				kind: 'number',
				answer: q.answer,
				tolerance: q.tolerance,
				...(q.unit ? { unit: text(q.unit) } : {})
			};
		case 'matching':
			return { kind: 'pairs', pairs: q.pairs.map((p) => [text(p.left), text(p.right)]) };
		case 'ordering':
			return { kind: 'texts', ordered: true, texts: q.items.map((i) => text(i.text)) };
		case 'cloze':
			return {
				kind: 'texts',
				ordered: true,
				texts: clozeParts(q, lesson).words.map((word, i) =>
					text([word, ...(q.gaps[i]?.alsoAccept ?? [])].join(' / '))
				)
			};
		case 'evidence':
			return { kind: 'sentences' };
		case 'free-response':
			return { kind: 'sample', sample: text(q.sampleAnswer), checklist: q.checklist };
	}
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
