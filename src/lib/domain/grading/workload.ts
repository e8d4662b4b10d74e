/**
 * A realistic grading workload for benchmarks: for every question of a set, the answers learners
 * actually send (right, wrong, nearly right, empty), built deterministically from the question.
 */
import type { Question } from '../../content/question-schema';
import type { Lesson } from '../../content/schema';
import { clozeAnswers } from './cloze';
import type { GradeContext } from './context';
import type { Response } from './types';

export interface GradingCase {
	question: Question;
	response: Response;
	context: GradeContext;
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicIndic = (n: number) =>
	String(n)
		.replace(/[0-9]/gu, (d) => ARABIC_INDIC[Number(d)]!)
		.replace('.', '٫');

/** The text with its second letter dropped: a typical one-letter slip. */
const slip = (text: string) => (text.length > 4 ? text.slice(0, 1) + text.slice(2) : text + 'ا');

function responses(question: Question, lesson: Lesson): Response[] {
	switch (question.kind) {
		case 'single-choice': {
			const right = question.options.find((o) => o.correct)!.id;
			const wrong = question.options.find((o) => !o.correct)!.id;
			return [
				{ kind: question.kind, option: right },
				{ kind: question.kind, option: wrong },
				{ kind: question.kind, option: null }
			];
		}
		case 'multiple-response': {
			const right = question.options.filter((o) => o.correct).map((o) => o.id);
			const wrong = question.options.filter((o) => !o.correct).map((o) => o.id);
			return [
				{ kind: question.kind, options: right },
				{ kind: question.kind, options: [right[0]!, ...wrong.slice(0, 1)] },
				{ kind: question.kind, options: [] }
			];
		}
		case 'true-false-not-stated': {
			const other = question.answer === 'true' ? 'false' : 'true';
			return [
				{ kind: question.kind, value: question.answer },
				{ kind: question.kind, value: other },
				{ kind: question.kind, value: null }
			];
		}
		case 'short-answer': {
			const text = question.accepted[0]!.text;
			return [
				{ kind: question.kind, text },
				{ kind: question.kind, text: ` ${text}.` },
				{ kind: question.kind, text: slip(text) },
				{ kind: question.kind, text: 'لا أعرف' },
				{ kind: question.kind, text: '' }
			];
		}
		case 'numerical':
			return [
				{ kind: question.kind, text: String(question.answer) },
				{ kind: question.kind, text: toArabicIndic(question.answer) },
				{ kind: question.kind, text: String(question.answer + question.tolerance + 1) },
				{ kind: question.kind, text: '' }
			];
		case 'matching': {
			const right = Object.fromEntries(question.pairs.map((p) => [p.id, p.right]));
			const [a, b] = question.pairs;
			return [
				{ kind: question.kind, matches: right },
				{ kind: question.kind, matches: { ...right, [a!.id]: b!.right, [b!.id]: a!.right } },
				{ kind: question.kind, matches: {} }
			];
		}
		case 'ordering': {
			const ids = question.items.map((i) => i.id);
			return [
				{ kind: question.kind, order: ids },
				{ kind: question.kind, order: [...ids.slice(1), ids[0]!] },
				{ kind: question.kind, order: [...ids].reverse() }
			];
		}
		case 'cloze': {
			const words = (clozeAnswers(question, lesson) ?? []).map((w) => w[0] ?? '');
			// A bank offers no misspelt words: there the slip is picking the wrong one.
			const miss = (w: string) =>
				question.mode === 'typed' ? slip(w) : (question.distractors[0] ?? words.at(-1)!);
			return [
				{ kind: question.kind, gaps: words },
				{ kind: question.kind, gaps: words.map((w, i) => (i === 0 ? miss(w) : w)) },
				{ kind: question.kind, gaps: words.map(() => null) }
			];
		}
		case 'evidence': {
			const other = lesson.article.blocks
				.flatMap((b) => b.sentences.map((s) => s.id))
				.find((id) => !question.evidence.includes(id))!;
			return [
				{ kind: question.kind, sentences: question.evidence },
				{ kind: question.kind, sentences: [...question.evidence.slice(0, 1), other] },
				{ kind: question.kind, sentences: [] }
			];
		}
		case 'free-response': {
			const all = question.checklist.map((_, i) => i);
			return [
				{ kind: question.kind, text: question.sampleAnswer, checked: all },
				{ kind: question.kind, text: question.sampleAnswer, checked: all.slice(0, 1) },
				{ kind: question.kind, text: '', checked: [] }
			];
		}
	}
}

/**
 * Every question of `questions` with each of its typical answers, in a fixed order: the same
 * input gives the same workload, so benchmark runs compare.
 */
export function gradingWorkload(questions: readonly Question[], lesson: Lesson): GradingCase[] {
	const context: GradeContext = { lesson };
	return questions.flatMap((question) =>
		responses(question, lesson).map((response) => ({ question, response, context }))
	);
}
