/**
 * What a teacher can get wrong that the schema cannot see, because it needs the lesson or the
 * whole question: evidence and cloze sentences that the article does not have, gaps on a token
 * that is not there or not a word, texts offered twice, sides of a text in the wrong language.
 * The same rules as `fahm check` (content/question-rules.ts), reported per field.
 */
import { notArabic, notEnglish, questionTexts } from '../../content/language-check';
import { questionRules } from '../../content/question-rules';
import type { Bilingual, Question } from '../../content/question-schema';
import type { Sentence } from '../../content/schema';
import type { EditorIssue } from './types';

/** Each side of a two-language text in its own language (empty sides are the schema's). */
export function languageIssues(path: string, text: Bilingual): EditorIssue[] {
	const issues: EditorIssue[] = [];
	if (text.en.trim() && notEnglish(text.en))
		issues.push({ path: `${path}.en`, code: 'not-english', params: {} });
	if (text.ar.trim() && notArabic(text.ar))
		issues.push({ path: `${path}.ar`, code: 'not-arabic', params: {} });
	return issues;
}

/**
 * Where the editor shows a broken rule: at its field, except that evidence has one picker, so
 * every evidence problem goes there (`evidence.2` -> `evidence`).
 */
const editorField = (field: string) => (field.startsWith('evidence.') ? 'evidence' : field);

/** Problems of one parsed question at `prefix` (`questions.2`) beyond its schema. */
export function questionIssues(
	q: Question,
	prefix: string,
	sentences: ReadonlyMap<string, Sentence>
): EditorIssue[] {
	const issues: EditorIssue[] = questionRules(q, { sentences }).map((issue) => ({
		path: `${prefix}.${editorField(issue.field)}`,
		code: issue.code,
		params: issue.params
	}));
	for (const [field, text] of questionTexts(q))
		issues.push(...languageIssues(`${prefix}.${field.replace(/\[(\d+)\]/g, '.$1')}`, text));
	return issues;
}
