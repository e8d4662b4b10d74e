/**
 * Cloze: gaps cut from an article sentence. The right word for a gap is its token's own text (marks
 * stripped) plus the teacher's `alsoAccept`; the token lives in the lesson, so this grader takes a
 * third argument: the lesson (`{ lesson }`) or the answers resolved with `clozeAnswers`.
 */
import type { ClozeQuestion, ClozeResponse } from './schema';
import type { Lesson } from '../../content/schema';
import { stripMarks } from '../../domain/arabic/letters';
import { normalize } from '../../domain/arabic/normalize';
import { sentencesOf, type GradeContext } from '../../domain/grading/context';
import { invalid, scored, unanswered } from '../../domain/grading/grade';
import { isBlank, matchTyped, toTarget, type Target } from '../../domain/grading/typed';
import type { Grade, GradeNote } from '../../domain/grading/types';

type Q = ClozeQuestion;

/**
 * The accepted words of each gap, in gap order: the token's text without marks first, then
 * `alsoAccept`. Undefined when the sentence or a token index does not exist in the lesson.
 */
export function clozeAnswers(question: Q, lesson: Lesson): string[][] | undefined {
	const sentence = sentencesOf(lesson).get(question.sentence);
	if (!sentence) return undefined;
	const answers: string[][] = [];
	for (const gap of question.gaps) {
		const token = sentence.tokens[gap.token];
		if (!token) return undefined;
		answers.push([stripMarks(token.text), ...gap.alsoAccept]);
	}
	return answers;
}

const standard = (text: string) => normalize(text, 'standard');

interface Prepared {
	targets: Target[][];
	/** Each gap's accepted words under the standard profile (bank mode compares these). */
	folded: Set<string>[];
	/** Standard-folded words offered in bank mode: every gap's own word and the distractors. */
	bank: Set<string>;
}
const prepared = new WeakMap<Q, { source: Lesson | readonly string[][]; value: Prepared }>();

function isAnswerList(x: Lesson | readonly string[][]): x is readonly string[][] {
	return Array.isArray(x);
}

function prepare(question: Q, source: Lesson | readonly string[][]): Prepared | undefined {
	const cached = prepared.get(question);
	if (cached?.source === source) return cached.value;
	const answers = isAnswerList(source) ? source : clozeAnswers(question, source);
	if (!answers || answers.length !== question.gaps.length) return undefined;
	const value: Prepared = {
		targets: answers.map((words) => words.map((text) => toTarget({ text }, question.profile))),
		folded: answers.map((words) => new Set(words.map(standard))),
		bank: new Set([...answers.map((w) => w[0] ?? ''), ...question.distractors].map(standard))
	};
	prepared.set(question, { source, value });
	return value;
}

function mergeNotes(all: GradeNote[]): GradeNote[] {
	const byCode = new Map<string, GradeNote>();
	for (const note of all) {
		const seen = byCode.get(note.code);
		if (seen && note.count !== undefined) seen.count = (seen.count ?? 0) + note.count;
		else if (!seen) byCode.set(note.code, { ...note });
	}
	return [...byCode.values()];
}

/**
 * Score = sum of gap credits / gaps. Bank mode: a gap is right (1) or not (0), and a word not in
 * the bank is invalid. Typed mode: each gap is graded like a short answer in Arabic under the
 * question's profile (partial credit and notes, merged). Parts: one per gap, id = gap index.
 * Throws when given neither the lesson nor the answers: that is a caller's bug, not a learner's.
 */
export function gradeCloze(
	question: Q,
	response: ClozeResponse,
	context?: GradeContext | readonly string[][]
): Grade {
	if (!context) throw new Error(`grading cloze question "${question.id}" needs the lesson`);
	const gaps = response.gaps;
	if (!Array.isArray(gaps) || gaps.length !== question.gaps.length) return invalid();
	if (gaps.every((g) => g === null || isBlank(g))) return unanswered();
	const ready = prepare(question, 'lesson' in context ? context.lesson : context);
	if (!ready) return invalid();
	let total = 0;
	const notes: GradeNote[] = [];
	const parts: Grade['parts'] = [];
	for (let i = 0; i < gaps.length; i++) {
		const word = gaps[i] ?? null;
		let credit = 0;
		if (word !== null && !isBlank(word)) {
			if (question.mode === 'bank') {
				const folded = standard(word);
				const right = ready.folded[i]!.has(folded);
				if (!right && !ready.bank.has(folded)) return invalid();
				credit = right ? 1 : 0;
			} else {
				const match = matchTyped(word, ready.targets[i]!, question.profile, 'ar');
				credit = match.credit;
				notes.push(...match.notes);
			}
		}
		total += credit;
		parts.push({ id: String(i), correct: credit >= 1 });
	}
	return scored(question, total / gaps.length, parts, [], mergeNotes(notes));
}
