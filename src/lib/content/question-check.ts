/**
 * Everything `fahm check` verifies about a lesson's question sets beyond their schema: that every
 * sentence and token they point at exists in the article, that no question can be answered two
 * ways by accident (repeated texts in a bank, a list or a pairing), and that every reading skill
 * has the questions the set declares (`minPerSkill`), and that every text a learner is told is in
 * English and in Arabic (language-check.ts).
 */
import * as v from 'valibot';
import { schemaProblems, type Problem } from './check';
import { questionLanguageProblems, setTitleProblems } from './language-check';
import {
	QuestionSchema,
	QuestionSetSchema,
	SKILL_MESSAGE,
	SKILLS,
	type Question
} from './question-schema';
import type { RuleContext, RuleIssue } from '../kinds/rules';
import { questionRules } from './question-rules';
import type { Skill } from './skills';
import type { Lesson } from './schema';

/** The set's own fields; its questions are checked one by one, so problems name the question. */
const SetEnvelopeSchema = v.object({
	...QuestionSetSchema.entries,
	questions: v.pipe(v.array(v.unknown()), v.minLength(1, 'a set needs at least one question'))
});

const idOf = (value: unknown): string | undefined =>
	value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
		? (value as { id: string }).id
		: undefined;

/**
 * Schema problems of one set or question, all named after it with the full path as the field:
 * option and pair ids repeat across questions, so they would not say where to look.
 */
function named(issues: readonly v.BaseIssue<unknown>[], id: string): Problem[] {
	const anonymous = issues.map((issue) => ({
		...issue,
		path: issue.path?.map((step) => ({ ...step, value: undefined }))
	})) as v.BaseIssue<unknown>[];
	return schemaProblems(anonymous).map((p) => ({ ...p, id }));
}

/** A field as `fahm check` names it: `options.2.text` -> `options[2].text`. */
const bracketed = (field: string) => field.replace(/\.(\d+)/gu, '[$1]');

/** What a repeated text is, by the list it is in (`fahm check`'s words). */
function repeatedText({ field, params }: RuleIssue): string {
	const text = `"${params.text}"`;
	if (field.startsWith('options.')) return `${text} is offered twice`;
	if (field.startsWith('accepted.')) return `${text} is accepted twice`;
	if (field.startsWith('items.')) return `${text} appears twice, so the order cannot be checked`;
	if (field.endsWith('.right'))
		return `${text} is the right-hand text of two pairs, so a learner cannot tell them apart`;
	if (field.endsWith('.left')) return `${text} is the left-hand text of two pairs`;
	return `${text} is in the bank twice`;
}

/** A broken rule in `fahm check`'s words. */
function ruleMessage(issue: RuleIssue): string {
	const p = issue.params;
	switch (issue.code) {
		case 'evidence-missing':
		case 'sentence-missing':
			return `the article has no sentence "${p.sentence}"`;
		case 'evidence-twice':
			return `sentence "${p.sentence}" is named twice`;
		case 'repeated-text':
			return repeatedText(issue);
		case 'distractor-is-answer':
			return p.role === 'gap'
				? `"${p.text}" fills a gap, so it cannot be a distractor`
				: `"${p.text}" is also a right answer, so it cannot be a distractor`;
		case 'gap-out-of-range':
			return `sentence "${p.sentence}" has ${p.count} tokens (0-${Number(p.count) - 1}); there is no token ${p.token}`;
		case 'gap-not-word':
			return `token ${p.token} of "${p.sentence}" is ${p.tokenKind} "${p.text}", not a word`;
		case 'gap-twice':
			return `token ${p.token} is blanked out twice`;
	}
}

function questionProblems(q: Question, context: RuleContext): Problem[] {
	return questionRules(q, context).map((issue) => ({
		id: q.id,
		field: bracketed(issue.field),
		message: ruleMessage(issue)
	}));
}

/** Every problem with a lesson's question sets (as written, unparsed); empty means publishable. */
export function checkQuestionSets(sets: unknown[], lesson: Lesson): Problem[] {
	const problems: Problem[] = [];
	const context: RuleContext = {
		sentences: new Map(
			lesson.article.blocks.flatMap((b) => b.sentences).map((s) => [s.id, s] as const)
		)
	};
	const setIds = new Set<string>();
	sets.forEach((raw, s) => {
		const setId = idOf(raw) ?? `questionSets[${s}]`;
		const envelope = v.safeParse(SetEnvelopeSchema, raw);
		if (!envelope.success) {
			problems.push(...named(envelope.issues, setId));
			return;
		}
		const set = envelope.output;
		if (setIds.has(set.id))
			problems.push({
				id: set.id,
				field: 'id',
				message: `question set id "${set.id}" is used twice`
			});
		setIds.add(set.id);
		problems.push(...setTitleProblems(set));
		if (set.article !== lesson.article.id)
			problems.push({
				id: set.id,
				field: 'article',
				message: `the set is about "${set.article}", but it belongs to lesson "${lesson.article.id}"`
			});

		const questionIds = new Set<string>();
		const perSkill = new Map<Skill, number>(SKILLS.map((skill) => [skill, 0]));
		set.questions.forEach((rawQuestion, i) => {
			const questionId = idOf(rawQuestion) ?? `${set.id} questions[${i}]`;
			if (idOf(rawQuestion) !== undefined) {
				if (questionIds.has(questionId))
					problems.push({
						id: questionId,
						field: 'id',
						message: `question id "${questionId}" is used twice in set "${set.id}"`
					});
				questionIds.add(questionId);
			}
			const parsed = v.safeParse(QuestionSchema, rawQuestion);
			if (!parsed.success)
				problems.push(
					// A missing key gets valibot's generic message; say what to write instead.
					...named(parsed.issues, questionId).map((p) =>
						p.field === 'skill' ? { ...p, message: SKILL_MESSAGE } : p
					)
				);
			else {
				problems.push(...questionProblems(parsed.output, context));
				problems.push(...questionLanguageProblems(parsed.output));
				perSkill.set(parsed.output.skill, perSkill.get(parsed.output.skill)! + 1);
			}
		});
		for (const [skill, count] of perSkill)
			if (count < set.minPerSkill)
				problems.push({
					id: set.id,
					field: 'minPerSkill',
					message: `skill "${skill}" has ${count} question(s); the set's minPerSkill asks for ${set.minPerSkill}`
				});
	});
	return problems;
}
