/**
 * Everything wrong with a set being edited, field by field: its own fields and each question
 * against the content schema, then what `fahm check` adds (lesson-issues.ts), then `fahm check`
 * itself as the last word, so that a set with no issues is one `fahm check` accepts.
 */
import * as v from 'valibot';
import { checkQuestionSets } from '../../content/question-check';
import {
	QuestionSchema,
	QuestionSetSchema,
	SKILLS,
	type Question
} from '../../content/question-schema';
import type { Lesson } from '../../content/schema';
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

/** Every problem of `set` (as written, maybe incomplete) against `lesson`; empty: publishable. */
export function setIssues(set: unknown, lesson: Lesson): EditorIssue[] {
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
	const sentences = new Map(
		lesson.article.blocks.flatMap((b) => b.sentences).map((s) => [s.id, s] as const)
	);
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
		const result = v.safeParse(QuestionSchema, question);
		if (!result.success) issues.push(...schemaIssues(result.issues, prefix));
		else {
			parsed.push(result.output);
			issues.push(...questionIssues(result.output, prefix, sentences));
		}
	});
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
	if (issues.length === 0) issues.push(...checkedIssues(set, lesson, seenIds));
	return issues;
}

/**
 * What `fahm check` still finds once the editor's own checks pass (a rule added there and not
 * yet worded here): reported in its own words, at the field it names.
 */
function checkedIssues(
	set: unknown,
	lesson: Lesson,
	questionIndex: Map<string, number>
): EditorIssue[] {
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
