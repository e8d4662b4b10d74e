import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../../src/lib/content/check';
import { loadLesson, loadRawQuestionSets } from '../../../src/lib/content/index';
import {
	bilingualProblems,
	notArabic,
	notEnglish,
	scriptCounts
} from '../../../src/lib/content/language-check';
import { checkQuestionSets } from '../../../src/lib/content/question-check';
import type { Lesson } from '../../../src/lib/content/schema';

const seed = (await loadLesson('shoigu-tehran-2023'))!;
const rawSets = await loadRawQuestionSets('shoigu-tehran-2023');

type RawQuestion = Record<string, unknown> & { id: string };
/** A copy of the seed's question sets and its first question of `kind`, to break. */
function copyWith(kind: string): { sets: unknown[]; q: RawQuestion } {
	const sets = structuredClone(rawSets) as { questions: RawQuestion[] }[];
	const q = sets[0]!.questions.find((x) => x.kind === kind)!;
	return { sets, q };
}

describe('the English rule', () => {
	it('counts a quotation of many Arabic words as one stretch', () => {
		expect(scriptCounts('p2 says نظيره الإيراني, “his Iranian counterpart”.')).toEqual({
			latin: 5,
			arabicRuns: 1
		});
		expect(scriptCounts('تَعْزِيز العلاقات')).toEqual({ latin: 0, arabicRuns: 1 });
	});

	it('accepts English that quotes the article, rejects Arabic, even with a Latin name', () => {
		expect(notEnglish('Right: p13 says لإجراء محادثات مع القادة العسكريين.')).toBeNull();
		expect(notEnglish('صحيح: الفقرة 13.')).toMatch(/no English/);
		expect(notEnglish('اسم الوكالة الكامل (RIA Novosti) كما في المقال')).toMatch(
			/reads as Arabic: 2 Latin word\(s\) against 2 stretch/
		);
		expect(notEnglish('p7: اعتبر اشتياني أن الخطوة انتهاك واضح')).toMatch(/reads as Arabic/);
	});

	it('holds each side of a bilingual text to its language', () => {
		expect(bilingualProblems('q', 'explanation', { en: 'Right.', ar: 'صحيح.' })).toEqual([]);
		expect(bilingualProblems('q', 'hints[0]', { en: 'صحيح.', ar: 'Right.' })).toEqual([
			{ id: 'q', field: 'hints[0].en', message: 'the English has no English (Latin-letter) words' },
			{ id: 'q', field: 'hints[0].ar', message: 'the Arabic has no Arabic letters' }
		]);
		expect(notArabic('اسم الوكالة (RIA Novosti)')).toBeNull();
	});
});

describe('fahm check on the question sets', () => {
	it('fails when an explanation, a hint or an option feedback loses its Arabic', () => {
		const removed = copyWith('single-choice');
		delete (removed.q.explanation as { ar?: string }).ar;
		expect(checkQuestionSets(removed.sets, seed)).toEqual([
			{
				id: removed.q.id,
				field: 'explanation.ar',
				message: 'Invalid key: Expected "ar" but received undefined'
			}
		]);
		const { sets, q } = copyWith('single-choice');
		(q.hints as { ar: string }[])[0]!.ar = 'Read the last paragraph.';
		const options = q.options as { feedback: { ar: string } }[];
		options[1]!.feedback.ar = 'زار معرضاً، but not for that.';
		const problems = checkQuestionSets(sets, seed);
		expect(problems).toHaveLength(2);
		expect(problems).toContainEqual({
			id: q.id,
			field: 'hints[0].ar',
			message: 'the Arabic has no Arabic letters'
		});
		expect(problems).toContainEqual({
			id: q.id,
			field: 'options[1].feedback.ar',
			message: 'the Arabic has Latin words outside parentheses: but not for that'
		});
	});

	it('fails when a checklist point or a judgement’s feedback is Arabic on its English side', () => {
		const free = copyWith('free-response');
		(free.q.checklist as { en: string; ar: string }[])[0]!.en = 'تذكر من التقى.';
		expect(checkQuestionSets(free.sets, seed)).toEqual([
			{
				id: free.q.id,
				field: 'checklist[0].en',
				message: 'the English has no English (Latin-letter) words'
			}
		]);
		const tf = copyWith('true-false-not-stated');
		delete (tf.q.feedback as Record<string, unknown>).true;
		(tf.q.feedback as Record<string, unknown>).false = 'Not so.';
		expect(checkQuestionSets(tf.sets, seed)).toEqual([
			expect.objectContaining({ id: tf.q.id, field: 'feedback.false' })
		]);
	});
});

describe('fahm check on the lesson’s Arabic fields', () => {
	const broken = (change: (copy: Lesson) => void) => {
		const copy = structuredClone(seed);
		change(copy);
		return checkLesson(copy);
	};

	it('wants an Arabic definition on every glossary entry and expression, a description on every entity', () => {
		const [entry] = seed.glossary;
		expect(broken((c) => delete c.glossary[0]!.definitionAr)).toEqual([
			{ id: entry!.id, field: 'definitionAr', message: 'missing: write it in Arabic' }
		]);
		expect(broken((c) => delete c.expressions[0]!.definitionAr)).toEqual([
			{ id: seed.expressions[0]!.id, field: 'definitionAr', message: 'missing: write it in Arabic' }
		]);
		expect(broken((c) => delete c.entities[0]!.descriptionAr)).toEqual([
			{ id: seed.entities[0]!.id, field: 'descriptionAr', message: 'missing: write it in Arabic' }
		]);
	});

	it('wants an Arabic note, role and level note exactly where the English one is', () => {
		const noted = seed.glossary.findIndex((e) => e.note);
		expect(broken((c) => delete c.glossary[noted]!.noteAr)).toEqual([
			{
				id: seed.glossary[noted]!.id,
				field: 'noteAr',
				message: 'missing: note needs its Arabic version'
			}
		]);
		const sentence = seed.article.blocks[2]!.sentences[0]!;
		const i = sentence.tokens.findIndex((t) => t.kind === 'word' && t.role);
		const withRole = (c: Lesson) => c.article.blocks[2]!.sentences[0]!.tokens[i]!;
		const roleProblems = broken((c) => {
			const t = withRole(c);
			if (t.kind === 'word') delete t.roleAr;
		});
		expect(roleProblems).toEqual([
			{
				id: sentence.id,
				field: `tokens[${i}].roleAr`,
				message: 'missing: role needs its Arabic version'
			}
		]);
		expect(
			broken((c) => {
				c.article.levelNoteAr = c.article.levelNoteAr + ' (B1) level';
			})
		).toEqual(
			seed.article.levelNote
				? [
						{
							id: seed.article.id,
							field: 'levelNoteAr',
							message: 'the Arabic has Latin words outside parentheses: level'
						}
					]
				: [
						{
							id: seed.article.id,
							field: 'levelNoteAr',
							message: 'Arabic without the English it renders (no levelNote)'
						}
					]
		);
	});
});
