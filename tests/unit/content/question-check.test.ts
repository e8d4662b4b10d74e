import { beforeEach, describe, expect, it } from 'vitest';
import { loadLesson, loadRawQuestionSets } from '../../../src/lib/content/index';
import { checkQuestionSets } from '../../../src/lib/content/question-check';
import {
	SKILLS,
	type QuestionInput,
	type QuestionSetInput
} from '../../../src/lib/content/question-schema';
import { fixtureInput } from '../fixtures/question-set';

const ID = 'shoigu-tehran-2023';
const lesson = (await loadLesson(ID))!;
const seed = (await loadRawQuestionSets(ID)) as QuestionSetInput[];

/** A deliberately broken copy of the seed set. */
let copy: QuestionSetInput;
const question = <K extends QuestionInput['kind']>(id: string, kind: K) => {
	const q = copy.questions.find((x) => x.id === id);
	if (q?.kind !== kind) throw new Error(`the seed has no ${kind} question ${id}`);
	return q as Extract<QuestionInput, { kind: K }>;
};
const check = () => checkQuestionSets([copy], lesson);

beforeEach(() => {
	copy = structuredClone(seed[0]!);
});

describe('checkQuestionSets on broken copies', () => {
	it('finds nothing wrong with the seed', () => {
		expect(check()).toEqual([]);
	});

	it('names the question and field of an unknown evidence sentence', () => {
		question('sc-purpose', 'single-choice').evidence.push('p14.s1');
		expect(check()).toEqual([
			{ id: 'sc-purpose', field: 'evidence[2]', message: 'the article has no sentence "p14.s1"' }
		]);
	});

	it('catches a cloze gap on a punctuation token', () => {
		// Token 4 of the headline is the ".." between its two halves.
		question('cloze-headline', 'cloze').gaps.push({ token: 4 });
		expect(check()).toEqual([
			{
				id: 'cloze-headline',
				field: 'gaps[2].token',
				message: 'token 4 of "headline.s1" is punct "..", not a word'
			}
		]);
	});

	it('catches a cloze gap past the end of its sentence, and a sentence the article lacks', () => {
		question('cloze-europe', 'cloze').gaps[0]!.token = 99;
		question('cloze-sanctions', 'cloze').sentence = 'p99.s1';
		const problems = check();
		expect(problems).toContainEqual(
			expect.objectContaining({ id: 'cloze-europe', field: 'gaps[0].token' })
		);
		expect(problems.find((p) => p.id === 'cloze-europe')!.message).toMatch(/no token 99/u);
		expect(problems).toContainEqual({
			id: 'cloze-sanctions',
			field: 'sentence',
			message: 'the article has no sentence "p99.s1"'
		});
	});

	it('catches the same word blanked out twice, and a distractor that fills a gap', () => {
		const q = question('cloze-outside-forces', 'cloze');
		q.gaps.push({ token: 6 });
		q.distractors = ['خارج'];
		expect(check()).toEqual([
			{ id: q.id, field: 'gaps[3].token', message: 'token 6 is blanked out twice' },
			{
				id: q.id,
				field: 'distractors[0]',
				message: '"خارج" fills a gap, so it cannot be a distractor'
			}
		]);
	});

	it('catches a duplicate question id, naming the id', () => {
		copy.questions.push(structuredClone(question('tf-president', 'true-false-not-stated')));
		expect(check()).toEqual([
			{
				id: 'tf-president',
				field: 'id',
				message: `question id "tf-president" is used twice in set "${copy.id}"`
			}
		]);
	});

	it('catches a single-choice question with two correct options', () => {
		question('sc-discussed', 'single-choice').options[1]!.correct = true;
		expect(check()).toEqual([
			{ id: 'sc-discussed', field: 'options', message: 'mark exactly one option correct' }
		]);
	});

	it('catches an empty option and an empty accepted answer', () => {
		question('mr-exhibition', 'multiple-response').options[3]!.text = '  ';
		question('sa-city', 'short-answer').accepted[0]!.text = '';
		expect(check()).toEqual([
			{ id: 'mr-exhibition', field: 'options[3].text', message: 'write something here' },
			{ id: 'sa-city', field: 'accepted[0].text', message: 'write something here' }
		]);
	});

	it('catches matching right-hand texts that repeat, and ordering items that repeat', () => {
		const match = question('match-roles', 'matching');
		match.pairs[1]!.right = match.pairs[0]!.right;
		const order = question('ord-ashtiani', 'ordering');
		order.items[3]!.text = order.items[0]!.text;
		expect(check()).toEqual([
			expect.objectContaining({ id: 'match-roles', field: 'pairs[1].right' }),
			expect.objectContaining({ id: 'ord-ashtiani', field: 'items[3].text' })
		]);
	});

	it('catches a matching distractor given twice, and one that is a right-hand text', () => {
		const match = question('match-roles', 'matching');
		const right = match.pairs[0]!.right;
		match.distractors = ['طرف ثالث', 'طرف ثالث', right];
		expect(check()).toEqual([
			{
				id: 'match-roles',
				field: 'distractors[2]',
				message: `"${right}" is also a right answer, so it cannot be a distractor`
			},
			{ id: 'match-roles', field: 'distractors[1]', message: '"طرف ثالث" is in the bank twice' }
		]);
	});

	it('catches a set filed under another article, and two sets with one id', () => {
		copy.article = 'another-article';
		expect(checkQuestionSets([copy, structuredClone(copy)], lesson)).toEqual([
			{
				id: copy.id,
				field: 'article',
				message: `the set is about "another-article", but it belongs to lesson "${ID}"`
			},
			{ id: copy.id, field: 'id', message: `question set id "${copy.id}" is used twice` },
			expect.objectContaining({ id: copy.id, field: 'article' })
		]);
	});

	it('rejects a question without a skill, or with a skill not in the list', () => {
		delete (question('sc-purpose', 'single-choice') as Partial<QuestionInput>).skill;
		(question('tf-president', 'true-false-not-stated') as { skill: string }).skill = 'grammar';
		const message = `name the reading skill: ${SKILLS.join(', ')}`;
		expect(check()).toEqual([
			{ id: 'sc-purpose', field: 'skill', message },
			{ id: 'tf-president', field: 'skill', message }
		]);
	});

	it('rejects a set with fewer questions of a skill than it declares', () => {
		copy.minPerSkill = 3;
		const references = copy.questions.filter((q) => q.skill === 'reference');
		expect(references.length).toBeGreaterThanOrEqual(3);
		for (const q of references.slice(2)) q.skill = 'literal';
		expect(check()).toEqual([
			{
				id: copy.id,
				field: 'minPerSkill',
				message: 'skill "reference" has 2 question(s); the set\'s minPerSkill asks for 3'
			}
		]);
	});

	it('counts every skill, naming each one short of the minimum', () => {
		// The fixture's questions are all literal: every other skill has none.
		const all = { ...structuredClone(fixtureInput), minPerSkill: 1 };
		expect(checkQuestionSets([all], lesson).map((p) => p.message)).toEqual(
			SKILLS.filter((s) => s !== 'literal').map(
				(s) => `skill "${s}" has 0 question(s); the set's minPerSkill asks for 1`
			)
		);
		expect(checkQuestionSets([{ ...all, minPerSkill: 0 }], lesson)).toEqual([]);
	});

	it('names a set that is not a set at all by its place in the list', () => {
		const problems = checkQuestionSets(['not a set'], lesson);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]!.id).toBe('questionSets[0]');
	});
});
