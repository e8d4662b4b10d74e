/**
 * Everything wrong with a set being edited, field by field: its own fields and each question
 * against the content schema, then what `fahm check` adds (lesson-issues.ts). `checkedIssues`
 * runs `fahm check` itself, the last word before publishing, so that a published set is one
 * `fahm check` accepts (it parses the whole set again, so it is not run on every keystroke).
 */
import * as v from 'valibot';
import { checkQuestionSets } from '../../content/question-check';
import {
	QuestionSchema,
	QuestionSetSchema,
	SKILLS,
	type Question
} from '../../content/question-schema';
import type { Lesson, Sentence } from '../../content/schema';
import { languageIssues, questionIssues } from './lesson-issues';
import { fromSchemaIssue, issuePath } from './schema-issues';
import type { EditorIssue } from './types';

/** The set's own fields; questions are parsed one by one so that each issue names its question. */
const EnvelopeSchema = v.object({
	...QuestionSetSchema.entries,
	questions: v.pipe(v.array(v.unknown()), v.minLength(1))
});

const schemaIssues = (issues: readonly v.BaseIssue<unknown>[], prefix = '') =>
	issues.map((issue) => fromSchemaIssue(issue, issuePath(issue, prefix)));

/** A question's issues and parsed form, by its JSON text: typing re-checks only its question. */
export type IssueCache = Map<string, { issues: EditorIssue[]; parsed?: Question }>;

/** One question's problems, with paths below `questions.0` (moved to its index by the caller). */
function checkQuestion(
	question: unknown,
	sentences: ReadonlyMap<string, Sentence>
): { issues: EditorIssue[]; parsed?: Question } {
	const result = v.safeParse(QuestionSchema, question);
	if (!result.success) return { issues: schemaIssues(result.issues, 'questions.0') };
	return { issues: questionIssues(result.output, 'questions.0', sentences), parsed: result.output };
}

const SENTENCES = new WeakMap<Lesson, Map<string, Sentence>>();
function sentencesOf(lesson: Lesson): Map<string, Sentence> {
	let map = SENTENCES.get(lesson);
	if (!map) {
		map = new Map(lesson.article.blocks.flatMap((b) => b.sentences).map((s) => [s.id, s] as const));
		SENTENCES.set(lesson, map);
	}
	return map;
}

/**
 * Every problem of `set` (as written, maybe incomplete) against `lesson`; empty: publishable
 * once `checkedIssues` agrees. `cache` keeps each question's result between calls.
 */
export function setIssues(set: unknown, lesson: Lesson, cache?: IssueCache): EditorIssue[] {
	const envelope = v.safeParse(EnvelopeSchema, set);
	const issues = envelope.success ? [] : schemaIssues(envelope.issues);
	const raw = set as { questions?: unknown; article?: unknown; title?: unknown };
	if (envelope.success) {
		issues.push(...languageIssues('title', envelope.output.title));
		if (envelope.output.article !== lesson.article.id)
			issues.push({
				path: 'article',
				code: 'wrong-article',
				params: { article: envelope.output.article, lesson: lesson.article.id }
			});
	}
	const questions = Array.isArray(raw?.questions) ? (raw.questions as unknown[]) : [];
	const sentences = sentencesOf(lesson);
	const seen: IssueCache = new Map();
	const parsed: Question[] = [];
	const seenIds = new Map<string, number>();
	questions.forEach((question, i) => {
		const prefix = `questions.${i}`;
		const id = (question as { id?: unknown })?.id;
		if (typeof id === 'string' && id !== '') {
			if (seenIds.has(id))
				issues.push({
					path: `${prefix}.id`,
					code: 'duplicate-id',
					params: { what: 'questions', id }
				});
			else seenIds.set(id, i);
		}
		const key = JSON.stringify(question);
		const checked = cache?.get(key) ?? checkQuestion(question, sentences);
		seen.set(key, checked);
		if (checked.parsed) parsed.push(checked.parsed);
		for (const issue of checked.issues)
			issues.push({ ...issue, path: prefix + issue.path.slice('questions.0'.length) });
	});
	if (cache) {
		cache.clear();
		for (const [key, value] of seen) cache.set(key, value);
	}
	const minPerSkill = envelope.success ? envelope.output.minPerSkill : 0;
	if (parsed.length === questions.length)
		for (const skill of SKILLS) {
			const count = parsed.filter((q) => q.skill === skill).length;
			if (count < minPerSkill)
				issues.push({
					path: 'minPerSkill',
					code: 'skill-short',
					params: { skill, count, min: minPerSkill }
				});
		}
	return issues;
}

/**
 * What `fahm check` still finds once the editor's own checks pass (a rule added there and not
 * yet worded here): reported in its own words, at the field it names.
 */
export function checkedIssues(set: unknown, lesson: Lesson): EditorIssue[] {
	const questions = (set as { questions?: { id?: unknown }[] }).questions ?? [];
	const questionIndex = new Map(questions.map((q, i) => [String(q?.id), i] as const));
	return checkQuestionSets([set], lesson).map((problem) => {
		const field = problem.field.replace(/\[(\d+)\]/g, '.$1');
		const at = questionIndex.get(problem.id);
		return {
			path: at === undefined ? field : `questions.${at}.${field}`,
			code: 'other',
			params: { detail: problem.message }
		};
	});
}
