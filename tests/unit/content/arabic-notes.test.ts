import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import { notArabic } from '../../../src/lib/content/language-check';
import type { WordToken } from '../../../src/lib/content/schema';

const lesson = (await loadLesson('shoigu-tehran-2023'))!;
const words = lesson.article.blocks.flatMap((b) =>
	b.sentences.flatMap((s) =>
		s.tokens.flatMap((t, i) => (t.kind === 'word' ? [{ at: `${s.id} tokens[${i}]`, t }] : []))
	)
);

/** For each English field a reader sees, its Arabic twin: present exactly when it is, and Arabic. */
function problems(
	items: { at: string; en: string | undefined; ar: string | undefined }[]
): string[] {
	return items.flatMap(({ at, en, ar }) => {
		if (en === undefined)
			return ar === undefined ? [] : [`${at}: Arabic text without the English it renders`];
		const why = notArabic(ar);
		return why ? [`${at}: ${why}`] : [];
	});
}

describe('the Arabic script rule for Arabic fields', () => {
	it('allows a Latin name in parentheses and rejects a Latin word outside them', () => {
		expect(notArabic('وكالة روسية (RIA Novosti)')).toBeNull();
		expect(notArabic('مضاف إليه (idafa (second term))')).toBeNull();
		expect(notArabic('second term of idafa مضاف إليه')).toMatch(/second term of idafa/);
		expect(notArabic('كما في معجم Ḥans Wehr')).toMatch(
			/Latin words outside parentheses: Ḥans Wehr/
		);
		expect(notArabic('(Novosti)')).toMatch(/no Arabic/);
		expect(notArabic(undefined)).toBe('missing');
	});
});

describe('the seed lesson in Arabic', () => {
	it('gives every word role an Arabic grammatical analysis (roleAr)', () => {
		const roles = words.map(({ at, t }) => ({ at, en: t.role, ar: t.roleAr }));
		expect(roles.filter((r) => r.en).length).toBeGreaterThan(300);
		expect(problems(roles)).toEqual([]);
	});

	it('gives every word note an Arabic note (noteAr)', () => {
		const notes = words.map(({ at, t }: { at: string; t: WordToken }) => ({
			at,
			en: t.note,
			ar: t.noteAr
		}));
		expect(notes.filter((n) => n.en).length).toBeGreaterThan(30);
		expect(problems(notes)).toEqual([]);
	});

	it('defines every expression in Arabic, with an Arabic note where it has a note', () => {
		expect(lesson.expressions.length).toBeGreaterThan(0);
		const fields = lesson.expressions.flatMap((e) => [
			{ at: `expression ${e.id} definitionAr`, en: e.gloss, ar: e.definitionAr },
			{ at: `expression ${e.id} noteAr`, en: e.note, ar: e.noteAr }
		]);
		expect(problems(fields)).toEqual([]);
	});

	it('describes every entity in Arabic, with an Arabic note where it has a note', () => {
		expect(lesson.entities.length).toBeGreaterThan(0);
		const fields = lesson.entities.flatMap((e) => [
			{ at: `entity ${e.id} descriptionAr`, en: e.nameEn, ar: e.descriptionAr },
			{ at: `entity ${e.id} noteAr`, en: e.note, ar: e.noteAr }
		]);
		expect(problems(fields)).toEqual([]);
	});

	it('gives the article’s source note and level note in Arabic', () => {
		const { article } = lesson;
		expect(
			problems([
				{ at: 'article levelNoteAr', en: article.levelNote, ar: article.levelNoteAr },
				{ at: 'article source noteAr', en: article.source.note, ar: article.source.noteAr }
			])
		).toEqual([]);
	});
});
