import { describe, expect, it } from 'vitest';
import { loadLesson, loadQuestionSets, loadRawQuestionSets } from '../../../src/lib/content/index';
import { checkQuestionSets } from '../../../src/lib/content/question-check';
import type { Question, QuestionOf, QuestionKind } from '../../../src/lib/content/question-schema';
import type { Sentence } from '../../../src/lib/content/schema';
import { stripMarks } from '../../../src/lib/domain/arabic/letters';
import { KINDS } from '../../../src/lib/kinds/index';

const ID = 'shoigu-tehran-2023';
const lesson = (await loadLesson(ID))!;
const [set] = await loadQuestionSets(ID);
const questions: Question[] = set?.questions ?? [];
const sentences = new Map<string, Sentence>(
	lesson.article.blocks.flatMap((b) => b.sentences).map((s) => [s.id, s])
);
/** A sentence's text without vowel marks, for finding the article's own words in it. */
const textOf = (id: string) =>
	stripMarks(
		sentences
			.get(id)!
			.tokens.map((t) => t.text + t.ws)
			.join('')
	);
const kinds: QuestionKind[] = KINDS.map((k) => k.kind);
const ofKind = <K extends QuestionKind>(kind: K) =>
	questions.filter((q): q is QuestionOf<K> => q.kind === kind);

describe('the seed question set', () => {
	it('parses, and belongs to the seed lesson', () => {
		expect(set?.id).toBe('shoigu-tehran-2023-comprehension');
		expect(set!.article).toBe(ID);
		expect(set!.passMark).toBe(0.7);
	});

	it('passes every invariant of fahm check', async () => {
		expect(checkQuestionSets(await loadRawQuestionSets(ID), lesson)).toEqual([]);
	});

	it('has at least 30 questions, every kind at least twice', () => {
		expect(questions.length).toBeGreaterThanOrEqual(30);
		expect(kinds).toHaveLength(10);
		for (const kind of kinds) expect(ofKind(kind).length, kind).toBeGreaterThanOrEqual(2);
	});

	it('covers the headline and every paragraph with evidence', () => {
		const cited = new Set(questions.flatMap((q) => q.evidence));
		const blocks = lesson.article.blocks.filter((b) => b.kind !== 'dateline');
		expect(blocks.length).toBe(14);
		for (const block of blocks)
			expect(
				block.sentences.some((s) => cited.has(s.id)),
				block.id
			).toBe(true);
	});

	it('has both tiers, each well represented', () => {
		for (const tier of [1, 2])
			expect(questions.filter((q) => q.tier === tier).length).toBeGreaterThanOrEqual(10);
	});

	it('gives every question evidence in the article and an explanation that names where', () => {
		for (const q of questions) {
			expect(q.evidence.length, q.id).toBeGreaterThan(0);
			for (const id of q.evidence) expect(sentences.has(id), `${q.id}: ${id}`).toBe(true);
			const blocks = q.evidence.map((id) => id.split('.')[0]!);
			const named = blocks.some((b) => new RegExp(`\\b${b}\\b`, 'iu').test(q.explanation.en));
			expect(named, `${q.id} explanation names none of ${blocks.join(', ')}`).toBe(true);
		}
	});

	it('names the evidence place in the Arabic explanation too (الفقرة N, العنوان, سطر المصدر)', () => {
		const named = (ar: string, block: string) =>
			block === 'headline'
				? ar.includes('العنوان')
				: block === 'dateline'
					? ar.includes('سطر المصدر')
					: /الفقر/u.test(ar) && new RegExp(`(?<![0-9])${block.slice(1)}(?![0-9])`, 'u').test(ar);
		for (const q of questions) {
			const blocks = q.evidence.map((id) => id.split('.')[0]!);
			expect(
				blocks.some((b) => named(q.explanation.ar, b)),
				`${q.id}: ${q.explanation.ar}`
			).toBe(true);
		}
	});

	it('writes prompts in Arabic with an English version', () => {
		for (const q of questions) {
			expect(q.prompt.ar, q.id).toMatch(/\p{Script=Arabic}/u);
			expect(q.prompt.en, q.id).toMatch(/^[^\p{Script=Arabic}]*[A-Za-z]/u);
		}
	});

	it('cuts cloze gaps from word tokens only, each once', () => {
		for (const q of ofKind('cloze')) {
			const tokens = sentences.get(q.sentence)!.tokens;
			const indexes = q.gaps.map((g) => g.token);
			expect(new Set(indexes).size, q.id).toBe(indexes.length);
			for (const i of indexes) expect(tokens[i]?.kind, `${q.id} token ${i}`).toBe('word');
			const answers = q.gaps.map((g) => tokens[g.token]!.text);
			for (const d of q.distractors) expect(answers, q.id).not.toContain(d);
		}
	});

	it('accepts short answers in the script of their language', () => {
		for (const q of ofKind('short-answer'))
			for (const a of q.accepted)
				expect(a.text, q.id).toMatch(
					q.answerLanguage === 'ar' ? /^[\p{Script=Arabic}\s]+$/u : /^[A-Za-z\s]+$/u
				);
	});
});

describe('the seed questions keep to the article’s facts', () => {
	const pairsOf = (q: QuestionOf<'matching'>) => new Map(q.pairs.map((p) => [p.left, p.right]));

	it('matches Shoigu to the Russian defence minister, Ashtiani to his counterpart, Ahmadian to the council', () => {
		const roles = ofKind('matching').find((q) => pairsOf(q).has('سيرغي شويغو'))!;
		const pairs = pairsOf(roles);
		expect(pairs.get('سيرغي شويغو')).toBe('وزير الدفاع الروسي');
		expect(pairs.get('محمد رضا اشتياني')).toContain('نظير');
		expect(pairs.get('علي أكبر أحمديان')).toBe('أمين المجلس الأعلى للأمن القومي الإيراني');
		for (const [left, right] of pairs) {
			const cited = roles.evidence.map(textOf).join(' ');
			expect(cited, left).toContain(left);
			// The counterpart's role is in the article as نظيره; every other role word for word.
			expect(cited, right).toContain(right.replace('نظير شويغو الإيراني', 'نظيره الإيراني'));
		}
	});

	it('judges the three European states’ step a violation: true, from p7', () => {
		const q = ofKind('true-false-not-stated').find((x) => x.prompt.ar.includes('ألمانيا'))!;
		expect(q.answer).toBe('true');
		expect(q.evidence).toEqual(['p7.s1']);
		for (const word of ['ألمانيا', 'فرنسا', 'بريطانيا', 'انتهاك', 'خطة العمل الشاملة المشتركة'])
			expect(textOf('p7.s1')).toContain(word);
	});

	it('counts the European states between the quotation marks of p7', () => {
		const tokens = sentences.get('p7.s1')!.tokens;
		const open = tokens.findIndex((t) => t.text === '“');
		const close = tokens.findIndex((t) => t.text === '”');
		const named = tokens.slice(open + 1, close).filter((t) => t.kind === 'word').length;
		const q = ofKind('numerical').find((x) => x.evidence.includes('p7.s1'))!;
		expect(q.answer).toBe(named);
		expect(q.tolerance).toBe(0);
	});

	it('counts the people named as the lesson’s person entities', () => {
		const people = lesson.entities.filter((e) => e.type === 'person');
		const q = ofKind('numerical').find((x) => x.prompt.en.includes('people'))!;
		expect(q.answer).toBe(people.length);
		for (const person of people)
			for (const side of [q.explanation.en, q.explanation.ar])
				expect(side).toContain(person.name.split(' ').at(-1));
	});

	it('has the United States opposing, not supporting, the planned activities', () => {
		const q = ofKind('true-false-not-stated').find((x) =>
			x.prompt.ar.includes('الولايات المتحدة')
		)!;
		expect(q.answer).toBe('false');
		expect(textOf('p3.s1')).toContain('معارضة الولايات المتحدة');
	});

	it('has Iran opposing forces from outside the region, in p6', () => {
		const q = ofKind('evidence').find((x) => x.claim.includes('خارج المنطقة'))!;
		expect(q.evidence).toEqual(['p6.s1']);
		expect(textOf('p6.s1')).toContain('معارضة بلاده لأي تواجد لقوات من خارج المنطقة');
	});

	it('gives the purpose of the visit as the article does', () => {
		const q = ofKind('single-choice').find((x) => x.id === 'sc-purpose')!;
		const right = q.options.filter((o) => o.correct);
		expect(right).toHaveLength(1);
		expect(textOf('p13.s1')).toContain('لإجراء محادثات مع القادة العسكريين');
		expect(right[0]!.text).toContain('لإجراء محادثات مع القادة العسكريين');
	});

	it('puts Ashtiani’s statements in the order of p4 to p7', () => {
		const q = ofKind('ordering').find((x) => x.id === 'ord-ashtiani')!;
		expect(q.evidence).toEqual(['p4.s1', 'p5.s1', 'p6.s1', 'p7.s1']);
		q.items.forEach((item, i) => {
			const words = stripMarks(item.text)
				.split(' ')
				.filter((w) => w.length > 3);
			const inOwnParagraph = words.filter((w) => textOf(q.evidence[i]!).includes(w));
			expect(inOwnParagraph.length, item.text).toBeGreaterThanOrEqual(words.length / 2);
		});
	});

	it('marks exactly the exhibits of p11 and p12 as seen', () => {
		const q = ofKind('multiple-response').find((x) => x.id === 'mr-exhibition')!;
		const cited = q.evidence.map(textOf).join(' ');
		for (const o of q.options) {
			const head = stripMarks(o.text).split(' ')[0]!;
			expect(cited.includes(head), o.text).toBe(o.correct);
		}
	});
});
