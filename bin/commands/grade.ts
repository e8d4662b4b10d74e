import { lessonIds, loadLesson, loadQuestionSets } from '../../src/lib/content/index';
import type { Question } from '../../src/lib/content/question-schema';
import { normalize } from '../../src/lib/domain/arabic/normalize';
import { gradeAny } from '../../src/lib/domain/grading/index';
import type { Response } from '../../src/lib/domain/grading/types';
import type { Command } from '../command';

/** How ANSWER is written for each kind, for error messages. */
const FORMATS: Record<Question['kind'], string> = {
	'single-choice': 'an option id',
	'multiple-response': 'option ids separated by commas',
	'true-false-not-stated': 'true, false or not-stated',
	'short-answer': 'the answer as text',
	numerical: 'a number (any digits)',
	matching: '"pairId=right text;pairId=right text"',
	ordering: 'every item id, in order, separated by commas',
	cloze: 'one word per gap, separated by |',
	evidence: 'sentence ids separated by commas',
	'free-response': 'the answer as text, and --checked 0,2 for the checklist points covered'
};

const ids = (text: string) =>
	text
		.split(/[,،]/u)
		.map((s) => s.trim())
		.filter(Boolean);

/** What a valid ANSWER may name for this question, to put in an error message. */
function choices(question: Question): string {
	switch (question.kind) {
		case 'single-choice':
		case 'multiple-response':
			return `; options: ${question.options.map((o) => o.id).join(', ')}`;
		case 'ordering':
			return `; items: ${question.items.map((i) => i.id).join(', ')}`;
		case 'matching':
			return `; pairs: ${question.pairs.map((p) => p.id).join(', ')}; right texts: ${[...question.pairs.map((p) => p.right), ...question.distractors].join(' / ')}`;
		case 'cloze':
			return `; this one has ${question.gaps.length} gap(s)`;
		default:
			return '';
	}
}

/** A matching answer's right-hand text, as the offered item it names (compared folded). */
function offeredItem(question: Extract<Question, { kind: 'matching' }>, text: string): string {
	const offered = [...question.pairs.map((p) => p.right), ...question.distractors];
	const key = normalize(text, 'standard');
	return offered.find((o) => normalize(o, 'standard') === key) ?? text;
}

/** The response ANSWER stands for, or a message saying why it cannot be read. */
export function parseAnswer(
	question: Question,
	answer: string,
	checked?: string
): Response | string {
	switch (question.kind) {
		case 'single-choice':
			return { kind: question.kind, option: answer.trim() || null };
		case 'multiple-response':
			return { kind: question.kind, options: ids(answer) };
		case 'true-false-not-stated': {
			const value = answer.trim();
			if (value === '') return { kind: question.kind, value: null };
			if (value === 'true' || value === 'false' || value === 'not-stated')
				return { kind: question.kind, value };
			return `"${value}" is not true, false or not-stated`;
		}
		case 'short-answer':
		case 'numerical':
			return { kind: question.kind, text: answer };
		case 'matching': {
			const matches: Record<string, string | null> = {};
			for (const part of answer.split(';').filter((p) => p.trim())) {
				const eq = part.indexOf('=');
				if (eq < 0) return `"${part.trim()}" is not pairId=right text`;
				const right = part.slice(eq + 1).trim();
				matches[part.slice(0, eq).trim()] = right ? offeredItem(question, right) : null;
			}
			return { kind: question.kind, matches };
		}
		case 'ordering':
			return { kind: question.kind, order: ids(answer) };
		case 'cloze':
			return {
				kind: question.kind,
				gaps: answer.trim()
					? answer.split('|').map((g) => g.trim() || null)
					: question.gaps.map(() => null)
			};
		case 'evidence':
			return { kind: question.kind, sentences: ids(answer) };
		case 'free-response': {
			const points = checked === undefined ? [] : ids(checked);
			if (points.some((p) => !/^\d+$/u.test(p)))
				return `--checked takes point numbers: "${checked}"`;
			return { kind: question.kind, text: answer, checked: points.map(Number) };
		}
	}
}

/** `--checked X` or `--checked=X` taken out of `args`. */
function takeChecked(args: string[]): { rest: string[]; checked?: string } {
	const rest: string[] = [];
	let checked: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--checked') checked = args[++i] ?? '';
		else if (arg.startsWith('--checked=')) checked = arg.slice('--checked='.length);
		else rest.push(arg);
	}
	return { rest, checked };
}

export const grade: Command = {
	name: 'grade',
	usage: 'grade <article-id> <question-id> ANSWER [--checked 0,2]',
	summary:
		'grade one answer, print the grade (JSON). ANSWER: option id | ids a,b,c (multiple response, ordering, evidence) | true|false|not-stated | text | number | pairId=right text;... | gap1|gap2 (cloze) | text with --checked (free response)',
	async run(args) {
		const { rest, checked } = takeChecked(args);
		const [articleId, questionId, ...words] = rest;
		if (!articleId || !questionId || words.length === 0) {
			console.error(
				`fahm grade: give an article id, a question id and an ANSWER\nUsage: ${this.usage}`
			);
			return 2;
		}
		const lesson = await loadLesson(articleId);
		if (!lesson) {
			console.error(`fahm grade: no lesson "${articleId}". Lessons: ${lessonIds.join(', ')}`);
			return 1;
		}
		const questions = (await loadQuestionSets(articleId)).flatMap((s) => s.questions);
		const question = questions.find((q) => q.id === questionId);
		if (!question) {
			console.error(
				`fahm grade: lesson "${articleId}" has no question "${questionId}". Questions: ${questions.map((q) => q.id).join(', ') || '(none)'}`
			);
			return 1;
		}
		const response = parseAnswer(question, words.join(' '), checked);
		if (typeof response === 'string') {
			console.error(
				`fahm grade: ${response}; a ${question.kind} ANSWER is ${FORMATS[question.kind]}`
			);
			return 1;
		}
		const result = gradeAny(question, response, { lesson });
		console.log(JSON.stringify(result, null, '\t'));
		if (result.verdict === 'invalid') {
			const why = result.notes.some((n) => n.code === 'not-a-number')
				? 'ANSWER is not a number'
				: 'ANSWER does not fit the question';
			console.error(
				`fahm grade: ${why}; a ${question.kind} ANSWER is ${FORMATS[question.kind]}${choices(question)}`
			);
			return 1;
		}
		return 0;
	}
};
