import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkLesson } from '../../../src/lib/content/check';
import { loadLesson } from '../../../src/lib/content/index';
import type { Lesson, WordToken } from '../../../src/lib/content/schema';

const source = readFileSync(
	resolve('src/lib/content/articles/shoigu-tehran-2023/source.ar.txt'),
	'utf8'
);
const seed = (await loadLesson('shoigu-tehran-2023'))!;

/** A deliberately broken copy of the seed lesson. */
let copy: Lesson;
const word = (sentence: number, text: string): WordToken => {
	const s = copy.article.blocks.flatMap((b) => b.sentences)[sentence]!;
	return s.tokens.find((t): t is WordToken => t.kind === 'word' && t.text === text)!;
};

beforeEach(() => {
	copy = structuredClone(seed);
});

describe('checkLesson on broken copies', () => {
	it('names the sentence and token when a vowelled form spells other letters', () => {
		word(2, 'وزير').vocalized = 'وَزِيرَةُ';
		const [problem] = checkLesson(copy, source);
		expect(problem).toMatchObject({
			id: 'p1.s1',
			field: expect.stringMatching(/^tokens\[\d+\]\.vocalized$/u)
		});
		expect(problem!.message).toContain('وزيرة');
	});

	it('catches a vowelled form that drops a mark printed in the source', () => {
		word(3, 'مكثّف').vocalized = 'مُكَثَفٍ';
		const problems = checkLesson(copy, source);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(/drops the mark U\+0651/u);
	});

	it('catches clitics that do not spell the word', () => {
		word(3, 'ونقلت').pre = [{ text: 'ف', kind: 'conjunction', gloss: 'so' }];
		expect(checkLesson(copy, source)).toEqual([
			expect.objectContaining({ id: 'p2.s1', field: expect.stringMatching(/pre\/post$/u) })
		]);
	});

	it('catches a link to a lemma the glossary lacks, and the entry left unused', () => {
		const token = word(2, 'أعرب');
		const old = token.lemma;
		token.lemma = 'no-such-lemma';
		const problems = checkLesson(copy, source);
		expect(problems.map((p) => p.message).join('\n')).toContain(
			'"no-such-lemma", which the glossary does not have'
		);
		expect(problems.some((p) => p.id === old && p.message.includes('used by no token'))).toBe(true);
	});

	it('catches an entity and an expression that no token links to, at their ids', () => {
		const entity = copy.entities[0]!;
		const expression = copy.expressions[0]!;
		for (const token of copy.article.blocks.flatMap((b) => b.sentences).flatMap((s) => s.tokens))
			if (token.kind === 'word') {
				if (token.entity === entity.id) delete token.entity;
				if (token.expression === expression.id) delete token.expression;
			}
		expect(
			checkLesson(copy, source).filter((p) => p.message.includes('linked to no token'))
		).toEqual([
			{ id: entity.id, field: 'id', message: `entity "${entity.nameEn}" is linked to no token` },
			{
				id: expression.id,
				field: 'id',
				message: `expression "${expression.text}" is linked to no token`
			}
		]);
	});

	it('catches tokens that no longer reproduce the source text', () => {
		word(2, 'أعرب').ws = '  ';
		const problems = checkLesson(copy, source);
		expect(problems).toEqual([expect.objectContaining({ field: 'blocks' })]);
		expect(problems[0]!.message).toMatch(/differ at character \d+/u);
	});

	it('reports schema errors with the id and field, not a stack trace', () => {
		copy.article.blocks[4]!.sentences[0]!.translation = '';
		copy.glossary[0]!.root = 'ك';
		const problems = checkLesson(copy, source);
		expect(problems).toContainEqual(expect.objectContaining({ id: 'p3.s1', field: 'translation' }));
		expect(problems).toContainEqual(
			expect.objectContaining({
				id: copy.glossary[0]!.id,
				field: 'root',
				message: expect.stringContaining('3 or 4')
			})
		);
	});

	it('catches a sukun before hamzat al-wasl: عَنْ اسْتِعْدَادِ', () => {
		word(2, 'عن').vocalized = 'عَنْ';
		expect(checkLesson(copy, source)).toEqual([
			{
				id: 'p1.s1',
				field: 'tokens[6].vocalized',
				message:
					'"عَنْ" ends in sukun before the hamzat al-wasl of "اسْتِعْدَادِ": it takes a helping kasra (عَنِ)'
			}
		]);
	});

	it('lets الى be vowelled إِلَى only through readAs, with a note', () => {
		expect(checkLesson(copy, source)).toEqual([]);
		const ila = word(6, 'الى');
		delete ila.readAs;
		expect(checkLesson(copy, source)).toEqual([
			expect.objectContaining({ id: 'p5.s1', field: expect.stringMatching(/\.vocalized$/u) })
		]);
		ila.readAs = 'إلى';
		delete ila.note;
		delete ila.noteAr;
		expect(checkLesson(copy, source)).toEqual([
			expect.objectContaining({ id: 'p5.s1', field: expect.stringMatching(/\.note$/u) })
		]);
	});

	it('refuses a readAs that changes more than a hamza, or repeats the text', () => {
		const minister = word(2, 'وزير');
		Object.assign(minister, {
			readAs: 'وزيرة',
			vocalized: 'وَزِيرَةُ',
			note: 'a slip?',
			noteAr: 'سهو؟'
		});
		const shoigu = word(2, 'شويغو');
		shoigu.readAs = 'شويغو';
		const problems = checkLesson(copy, source);
		expect(problems).toEqual([
			expect.objectContaining({ field: expect.stringMatching(/\.readAs$/u) }),
			expect.objectContaining({ field: expect.stringMatching(/\.readAs$/u) })
		]);
		expect(problems[0]!.message).toContain('by more than a hamza on an alif');
		expect(problems[1]!.message).toContain('leave readAs out');
	});

	it('holds expressions to the same readAs rule', () => {
		const forward = copy.expressions.find((e) => e.id === 'forward')!;
		delete forward.readAs;
		expect(checkLesson(copy, source)).toEqual([
			{ id: 'forward', field: 'vocalized', message: '"إِلَى الْأَمَامِ" does not spell "الى الأمام"' }
		]);
	});

	it('catches a duplicated id and an unknown entity', () => {
		copy.glossary.push({ ...copy.glossary[0]! });
		word(2, 'شويغو').entity = 'shoygu';
		const messages = checkLesson(copy, source).map((p) => p.message);
		expect(messages).toContain(`glossary id "${copy.glossary[0]!.id}" is used twice`);
		expect(messages).toContain('no entity "shoygu"');
	});

	it('catches a token linked to an expression the article does not have, at that token', () => {
		const token = word(2, 'أعرب');
		token.expression = 'no-such-expression';
		const sentenceId = copy.article.blocks.flatMap((b) => b.sentences)[2]!.id;
		const tokenAt = copy.article.blocks.flatMap((b) => b.sentences)[2]!.tokens.indexOf(token);
		expect(checkLesson(copy, source).filter((p) => p.message.startsWith('no expression'))).toEqual([
			{
				id: sentenceId,
				field: `tokens[${tokenAt}].expression`,
				message: 'no expression "no-such-expression"'
			}
		]);
	});
});
