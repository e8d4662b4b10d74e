import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import { notArabic } from '../../../src/lib/content/language-check';
import type { GlossaryEntry } from '../../../src/lib/content/schema';

/**
 * What is wrong with an entry's Arabic fields: a missing or non-Arabic definition, or an Arabic
 * note (uncertainty note) that is missing, not Arabic, or there without the English it renders.
 */
function glossaryProblems(entry: GlossaryEntry): string[] {
	const found: string[] = [];
	const definition = notArabic(entry.definitionAr);
	if (definition) found.push(`${entry.id} definitionAr: ${definition}`);
	const twins = [
		['note', entry.note, entry.noteAr],
		['uncertain', entry.uncertain, entry.uncertainAr]
	] as const;
	for (const [field, en, ar] of twins) {
		if (en === undefined) {
			if (ar !== undefined) found.push(`${entry.id} ${field}Ar: Arabic without the English`);
			continue;
		}
		const why = notArabic(ar);
		if (why) found.push(`${entry.id} ${field}Ar: ${why}`);
	}
	return found;
}

const plain = {
	id: 'x',
	lemma: 'كَلِمَة',
	root: 'كلم',
	pos: 'noun',
	glosses: ['word']
} satisfies GlossaryEntry;

describe('the Arabic fields rule for a glossary entry', () => {
	it('accepts an Arabic definition with a Latin name in parentheses', () => {
		expect(glossaryProblems({ ...plain, definitionAr: 'وكالة أنباء روسية (Novosti)' })).toEqual([]);
	});

	it('rejects a missing definition, and Latin words outside parentheses', () => {
		expect(glossaryProblems(plain)).toEqual(['x definitionAr: missing']);
		expect(glossaryProblems({ ...plain, definitionAr: 'كلمة، word' })).toEqual([
			'x definitionAr: has Latin words outside parentheses: word'
		]);
		expect(glossaryProblems({ ...plain, definitionAr: '(word)' })).toEqual([
			'x definitionAr: has no Arabic letters'
		]);
	});

	it('wants an Arabic note exactly when there is an English one', () => {
		const base = { ...plain, definitionAr: 'لفظ' };
		expect(glossaryProblems({ ...base, note: 'A note.' })).toEqual(['x noteAr: missing']);
		expect(glossaryProblems({ ...base, noteAr: 'ملاحظة.' })).toEqual([
			'x noteAr: Arabic without the English'
		]);
		expect(glossaryProblems({ ...base, uncertain: 'Unsure.', uncertainAr: 'Unsure.' })).toEqual([
			'x uncertainAr: has no Arabic letters'
		]);
		expect(glossaryProblems({ ...base, uncertain: 'Unsure.', uncertainAr: 'غير مؤكد.' })).toEqual(
			[]
		);
	});
});

describe('the seed lesson glossary in Arabic', async () => {
	const lesson = (await loadLesson('shoigu-tehran-2023'))!;

	it('defines every entry in Arabic, with Arabic notes exactly where there are English ones', () => {
		expect(lesson.glossary.length).toBeGreaterThan(200);
		expect(lesson.glossary.filter((e) => e.note).length).toBeGreaterThan(100);
		expect(lesson.glossary.filter((e) => e.uncertain).length).toBeGreaterThan(10);
		expect(lesson.glossary.flatMap(glossaryProblems)).toEqual([]);
	});

	it('gives each entry its own definition, not one shared text', () => {
		const definitions = lesson.glossary.map((e) => e.definitionAr);
		expect(new Set(definitions).size).toBe(definitions.length);
	});
});
