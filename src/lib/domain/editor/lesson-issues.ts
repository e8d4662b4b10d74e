/**
 * What a teacher can get wrong that the schema cannot see, because it needs the lesson or the
 * whole question: evidence and cloze sentences that the article does not have, gaps on a token
 * that is not there or not a word, texts offered twice, sides of a text in the wrong language.
 * The same rules as `fahm check` (src/lib/content/question-check.ts), reported per field.
 */
import { notArabic, notEnglish, questionTexts } from '../../content/language-check';
import { repeats } from '../../content/question-check';
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

/** Problems of one parsed question at `prefix` (`questions.2`) beyond its schema. */
export function questionIssues(
	q: Question,
	prefix: string,
	sentences: ReadonlyMap<string, Sentence>
): EditorIssue[] {
	const issues: EditorIssue[] = [];
	const add = (field: string, code: EditorIssue['code'], params: EditorIssue['params'] = {}) =>
		issues.push({ path: `${prefix}.${field}`, code, params });
	const twice = (field: string, texts: string[]) =>
		repeats(texts).forEach((i) =>
			add(`${field}.${i}${field === 'distractors' ? '' : '.text'}`, 'repeated-text', {
				text: texts[i]!
			})
		);

	for (const id of q.evidence)
		if (!sentences.has(id)) add('evidence', 'evidence-missing', { sentence: id });
	repeats(q.evidence).forEach((i) =>
		add('evidence', 'evidence-twice', { sentence: q.evidence[i]! })
	);

	switch (q.kind) {
		case 'single-choice':
		case 'multiple-response':
			twice(
				'options',
				q.options.map((o) => o.text)
			);
			break;
		case 'short-answer':
			twice(
				'accepted',
				q.accepted.map((a) => a.text)
			);
			break;
		case 'ordering':
			twice(
				'items',
				q.items.map((item) => item.text)
			);
			break;
		case 'matching': {
			const rights = q.pairs.map((p) => p.right);
			repeats(rights).forEach((i) =>
				add(`pairs.${i}.right`, 'repeated-text', { text: rights[i]! })
			);
			const lefts = q.pairs.map((p) => p.left);
			repeats(lefts).forEach((i) => add(`pairs.${i}.left`, 'repeated-text', { text: lefts[i]! }));
			q.distractors.forEach((text, i) => {
				if (rights.includes(text.trim())) add(`distractors.${i}`, 'distractor-is-answer', { text });
			});
			twice('distractors', q.distractors);
			break;
		}
		case 'cloze':
			issues.push(...clozeIssues(q, prefix, sentences.get(q.sentence)));
			break;
	}
	for (const [field, text] of questionTexts(q))
		issues.push(...languageIssues(`${prefix}.${field.replace(/\[(\d+)\]/g, '.$1')}`, text));
	return issues;
}

function clozeIssues(
	q: Extract<Question, { kind: 'cloze' }>,
	prefix: string,
	sentence: Sentence | undefined
): EditorIssue[] {
	const issues: EditorIssue[] = [];
	const add = (field: string, code: EditorIssue['code'], params: EditorIssue['params'] = {}) =>
		issues.push({ path: `${prefix}.${field}`, code, params });
	if (!sentence) {
		add('sentence', 'sentence-missing', { sentence: q.sentence });
		return issues;
	}
	const answers: string[] = [];
	q.gaps.forEach((gap, i) => {
		const token = sentence.tokens[gap.token];
		if (!token)
			add(`gaps.${i}.token`, 'gap-out-of-range', {
				gap: i + 1,
				position: gap.token + 1,
				count: sentence.tokens.length,
				sentence: sentence.id
			});
		else if (token.kind !== 'word')
			add(`gaps.${i}.token`, 'gap-not-word', { gap: i + 1, text: token.text });
		else answers.push(token.text, ...gap.alsoAccept);
	});
	repeats(q.gaps.map((gap) => String(gap.token))).forEach((i) =>
		add(`gaps.${i}.token`, 'gap-twice', { gap: i + 1 })
	);
	q.distractors.forEach((text, i) => {
		if (answers.includes(text.trim())) add(`distractors.${i}`, 'distractor-is-answer', { text });
	});
	repeats(q.distractors).forEach((i) =>
		add(`distractors.${i}`, 'repeated-text', { text: q.distractors[i]! })
	);
	return issues;
}
