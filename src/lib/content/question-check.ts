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
import type { Skill } from './skills';
import type { Lesson, Sentence } from './schema';

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

/** Indexes of texts already seen earlier in the list (the teacher editor's checks use it too). */
export function repeats(texts: readonly string[]): number[] {
	const seen = new Set<string>();
	return texts.flatMap((text, i) => {
		const key = text.trim();
		if (seen.has(key)) return [i];
		seen.add(key);
		return [];
	});
}

function questionProblems(q: Question, sentences: Map<string, Sentence>): Problem[] {
	const problems: Problem[] = [];
	const add = (field: string, message: string) => problems.push({ id: q.id, field, message });

	q.evidence.forEach((id, i) => {
		if (!sentences.has(id)) add(`evidence[${i}]`, `the article has no sentence "${id}"`);
	});
	repeats(q.evidence).forEach((i) =>
		add(`evidence[${i}]`, `sentence "${q.evidence[i]}" is named twice`)
	);

	switch (q.kind) {
		case 'single-choice':
		case 'multiple-response':
			repeats(q.options.map((o) => o.text)).forEach((i) =>
				add(`options[${i}].text`, `"${q.options[i]!.text}" is offered twice`)
			);
			break;
		case 'short-answer':
			repeats(q.accepted.map((a) => a.text)).forEach((i) =>
				add(`accepted[${i}].text`, `"${q.accepted[i]!.text}" is accepted twice`)
			);
			break;
		case 'matching': {
			const rights = q.pairs.map((p) => p.right);
			repeats(rights).forEach((i) =>
				add(
					`pairs[${i}].right`,
					`"${rights[i]}" is the right-hand text of two pairs, so a learner cannot tell them apart`
				)
			);
			repeats(q.pairs.map((p) => p.left)).forEach((i) =>
				add(`pairs[${i}].left`, `"${q.pairs[i]!.left}" is the left-hand text of two pairs`)
			);
			q.distractors.forEach((text, i) => {
				if (rights.includes(text.trim()))
					add(
						`distractors[${i}]`,
						`"${text}" is also a right answer, so it cannot be a distractor`
					);
			});
			break;
		}
		case 'ordering':
			repeats(q.items.map((item) => item.text)).forEach((i) =>
				add(
					`items[${i}].text`,
					`"${q.items[i]!.text}" appears twice, so the order cannot be checked`
				)
			);
			break;
		case 'cloze':
			problems.push(...clozeProblems(q, sentences.get(q.sentence)));
			break;
	}
	return problems;
}

function clozeProblems(q: Extract<Question, { kind: 'cloze' }>, sentence?: Sentence): Problem[] {
	const problems: Problem[] = [];
	const add = (field: string, message: string) => problems.push({ id: q.id, field, message });
	if (!sentence) {
		add('sentence', `the article has no sentence "${q.sentence}"`);
		return problems;
	}
	const answers: string[] = [];
	q.gaps.forEach((gap, i) => {
		const token = sentence.tokens[gap.token];
		if (!token)
			add(
				`gaps[${i}].token`,
				`sentence "${sentence.id}" has ${sentence.tokens.length} tokens (0-${sentence.tokens.length - 1}); there is no token ${gap.token}`
			);
		else if (token.kind !== 'word')
			add(
				`gaps[${i}].token`,
				`token ${gap.token} of "${sentence.id}" is ${token.kind} "${token.text}", not a word`
			);
		else answers.push(token.text, ...gap.alsoAccept);
	});
	repeats(q.gaps.map((gap) => String(gap.token))).forEach((i) =>
		add(`gaps[${i}].token`, `token ${q.gaps[i]!.token} is blanked out twice`)
	);
	q.distractors.forEach((text, i) => {
		if (answers.includes(text.trim()))
			add(`distractors[${i}]`, `"${text}" fills a gap, so it cannot be a distractor`);
	});
	repeats(q.distractors).forEach((i) =>
		add(`distractors[${i}]`, `"${q.distractors[i]}" is in the bank twice`)
	);
	return problems;
}

/** Every problem with a lesson's question sets (as written, unparsed); empty means publishable. */
export function checkQuestionSets(sets: unknown[], lesson: Lesson): Problem[] {
	const problems: Problem[] = [];
	const sentences = new Map(
		lesson.article.blocks.flatMap((b) => b.sentences).map((s) => [s.id, s] as const)
	);
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
				problems.push(...questionProblems(parsed.output, sentences));
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
