import { lessonIds, loadLesson, loadQuestionSets } from '../../src/lib/content/index';
import { gradeAny } from '../../src/lib/domain/grading/index';
import type { Response } from '../../src/lib/domain/grading/types';
import { KINDS } from '../../src/lib/kinds/index';
import {
	kindTable,
	type AnyKind,
	type AnyQuestion,
	type AnyResponse
} from '../../src/lib/kinds/kind';
import type { Command } from '../command';

/**
 * The response ANSWER stands for, read by the question's kind (one of `kinds`), or a message
 * saying why it cannot be read and how such an ANSWER is written.
 */
export async function parseAnswer(
	kinds: readonly AnyKind[],
	question: AnyQuestion,
	answer: string,
	checked?: string
): Promise<AnyResponse | string> {
	const kind = kindTable(kinds).get(question.kind);
	if (!kind) return `no kind "${question.kind}"`;
	const tools = await kind.tools();
	const response = tools.answer.parse(question, answer, checked);
	return typeof response === 'string'
		? `${response}; a ${question.kind} ANSWER is ${tools.answer.format}`
		: response;
}

/** Why a graded ANSWER was invalid, with how to write one and what this question offers. */
async function invalidMessage(
	kinds: readonly AnyKind[],
	question: AnyQuestion,
	notes: readonly { code: string }[]
): Promise<string> {
	const why = notes.some((n) => n.code === 'not-a-number')
		? 'ANSWER is not a number'
		: 'ANSWER does not fit the question';
	const answer = (await kindTable(kinds).get(question.kind)?.tools())?.answer;
	const how = answer ? `${answer.format}${answer.choices(question)}` : 'unknown: no such kind';
	return `${why}; a ${question.kind} ANSWER is ${how}`;
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
		const response = await parseAnswer(KINDS, question, words.join(' '), checked);
		if (typeof response === 'string') {
			console.error(`fahm grade: ${response}`);
			return 1;
		}
		// The response was read by the question's own kind, so it is that kind's.
		const result = gradeAny(question, response as Response, { lesson });
		console.log(JSON.stringify(result, null, '\t'));
		if (result.verdict === 'invalid') {
			console.error(`fahm grade: ${await invalidMessage(KINDS, question, result.notes)}`);
			return 1;
		}
		return 0;
	}
};
