import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, WordToken } from '../../../../src/lib/content/schema';
import { lesson } from '../../../../src/lib/content/articles/shoigu-tehran-2023';
import {
	dropFinalVowel,
	stripCaseEnding,
	takesCaseEnding,
	verbAspect,
	type CaseInfo
} from '../../../../src/lib/domain/arabic/case-endings';
import { clusters, stripMarks } from '../../../../src/lib/domain/arabic/letters';
import { segmentsOf } from '../../../../src/lib/domain/arabic/segments';
import { wordsOf } from '../../../../src/lib/domain/reader/words';
import { withoutCaseEndings } from './no-case-seed';

const word = (text: string, vocalized: string, extra: Partial<WordToken> = {}): WordToken => ({
	kind: 'word',
	text,
	vocalized,
	ws: ' ',
	lemma: 'x',
	...extra
});
const noun: CaseInfo = { pos: 'noun' };

describe('stripCaseEnding', () => {
	it.each([
		['وزير', 'وَزِيرُ', noun, 'وَزِير'],
		['العسكرية', 'الْعَسْكَرِيَّةِ', { pos: 'adjective' }, 'الْعَسْكَرِيَّة'],
		['الروسي', 'الرُّوسِيُّ', { pos: 'adjective' }, 'الرُّوسِيّ'],
		['نظام', 'نِظَامٍ', noun, 'نِظَام'],
		['وكالات', 'وَكَالَاتٌ', noun, 'وَكَالَات'],
		['إيران', 'إِيرَانَ', { pos: 'proper-noun' }, 'إِيرَان'],
		['مستعدون', 'مُسْتَعِدُّونَ', { pos: 'participle' }, 'مُسْتَعِدُّون']
	] as const)('%s: %s → %s', (text, vocalized, entry, expected) => {
		expect(stripCaseEnding(word(text, vocalized), entry)).toBe(expected);
	});

	it('keeps a word with an attached pronoun whole: its case vowel is not final (issue 9)', () => {
		const his = { text: 'ه', kind: 'pronoun', gloss: 'his' } as const;
		const her = { text: 'ها', kind: 'pronoun', gloss: 'her' } as const;
		const and = { text: 'و', kind: 'conjunction', gloss: 'and' } as const;
		expect(stripCaseEnding(word('بلاده', 'بِلَادِهِ', { post: [his] }), noun)).toBe('بِلَادِهِ');
		expect(stripCaseEnding(word('نظيره', 'نَظِيرِهِ', { post: [his] }), noun)).toBe('نَظِيرِهِ');
		const allies = word('وحلفائها', 'وَحُلَفَائِهَا', { pre: [and], post: [her] });
		expect(stripCaseEnding(allies, noun)).toBe('وَحُلَفَائِهَا');
		const verb: CaseInfo = { pos: 'verb', past: 'أَشَارَ', present: 'يُشِيرُ' };
		expect(stripCaseEnding(word('نشيره', 'نُشِيرُهُ', { post: [his] }), verb)).toBe('نُشِيرُهُ');
	});

	it('keeps tanwin fath, written or not with an alif', () => {
		expect(stripCaseEnding(word('مشيراً', 'مُشِيراً'), { pos: 'participle' })).toBe('مُشِيراً');
		expect(stripCaseEnding(word('إضافةً', 'إِضَافَةً'), { pos: 'verbal-noun' })).toBe('إِضَافَةً');
	});

	it('strips the mood of an imperfect verb and keeps a perfect verb whole', () => {
		const verb: CaseInfo = { pos: 'verb', past: 'أَشَارَ', present: 'يُشِيرُ' };
		const future = word('سيشير', 'سَيُشِيرُ', { pre: [{ text: 'س', kind: 'future', gloss: 'will' }] });
		expect(stripCaseEnding(word('نشير', 'نُشِيرُ'), verb)).toBe('نُشِير');
		expect(stripCaseEnding(future, verb)).toBe('سَيُشِير');
		expect(stripCaseEnding(word('أشار', 'أَشَارَ'), verb)).toBe('أَشَارَ');
	});

	it('leaves particles, pronouns and demonstratives alone', () => {
		expect(stripCaseEnding(word('من', 'مِنَ'), { pos: 'preposition' })).toBe('مِنَ');
		expect(stripCaseEnding(word('هو', 'هُوَ'), { pos: 'pronoun' })).toBe('هُوَ');
		expect(stripCaseEnding(word('ذلك', 'ذَٰلِكَ'), { pos: 'demonstrative' })).toBe('ذَٰلِكَ');
	});

	it('keeps an unknown verb whole rather than guess', () => {
		const verb: CaseInfo = { pos: 'verb' };
		expect(verbAspect('يَكْتُبُ', verb)).toBe('unknown');
		expect(stripCaseEnding(word('يكتب', 'يَكْتُبُ'), verb)).toBe('يَكْتُبُ');
	});

	it('dropFinalVowel keeps shadda and sukun', () => {
		expect(dropFinalVowel('عَلِيٌّ')).toBe('عَلِيّ');
		expect(dropFinalVowel('عَنْ')).toBe('عَنْ');
		expect(dropFinalVowel('')).toBe('');
	});
});

describe('stripCaseEnding on every word of the seed article', () => {
	const glossary = new Map<string, GlossaryEntry>(lesson.glossary.map((e) => [e.id, e]));
	const words = wordsOf(lesson.article);

	it('has a glossary entry for every word and tells every verb’s aspect', () => {
		for (const { token } of words) {
			const entry = glossary.get(token.lemma);
			expect(entry, token.text).toBeDefined();
			if (entry!.pos !== 'verb') continue;
			const stem = segmentsOf(token).find((s) => s.role === 'stem')!;
			expect(verbAspect(stem.text, entry!), token.vocalized).not.toBe('unknown');
		}
	});

	it.each(words.map((w) => [w.key, w.token] as const))('%s keeps its letters', (_key, token) => {
		const entry = glossary.get(token.lemma)!;
		const stripped = stripCaseEnding(token, entry);
		// Letters never change.
		expect(stripMarks(stripped)).toBe(stripMarks(token.vocalized));
		// Only the stem's last letter may lose marks; every other letter is as vowelled.
		const before = clusters(token.vocalized);
		const after = clusters(stripped);
		expect(after).toHaveLength(before.length);
		const segments = segmentsOf(token);
		const stemEnd =
			segments
				.filter((s) => s.role !== 'enclitic')
				.reduce((n, s) => n + clusters(s.vocalized).length, 0) - 1;
		after.forEach((cluster, i) => {
			if (i !== stemEnd) expect(cluster).toBe(before[i]);
			else expect(before[i]!.startsWith(cluster[0]!)).toBe(true);
		});
		// Removed marks are only vowels and tanwin: shadda, sukun and tanwin fath stay.
		const lost = [...before[stemEnd]!].filter((ch) => !after[stemEnd]!.includes(ch));
		for (const mark of lost) expect('\u064C\u064D\u064E\u064F\u0650').toContain(mark);
		// Words that do not inflect, perfect verbs among them, are left exactly as they are, and
		// so are words with an attached pronoun.
		const enclitic = segments.some((s) => s.role === 'enclitic');
		if (!takesCaseEnding(token, entry) || enclitic) expect(stripped).toBe(token.vocalized);
		else expect(after[stemEnd]).not.toMatch(/[\u064C\u064D\u064E\u064F\u0650]/u);
	});

	it('gives every word the form reviewed by hand (no-case-seed.ts)', () => {
		expect(Object.keys(withoutCaseEndings).sort()).toEqual(words.map((w) => w.key).sort());
		const wrong = words.flatMap(({ key, token }) => {
			const shown = stripCaseEnding(token, glossary.get(token.lemma)!);
			return shown === withoutCaseEndings[key]
				? []
				: [`${key}: ${shown} ≠ ${withoutCaseEndings[key]}`];
		});
		expect(wrong).toEqual([]);
	});

	it('leaves every perfect verb of the article whole', () => {
		const perfect = words.filter(({ token }) => {
			const entry = glossary.get(token.lemma)!;
			const stem = segmentsOf(token).find((s) => s.role === 'stem')!;
			return entry.pos === 'verb' && verbAspect(stem.text, entry) === 'perfect';
		});
		expect(perfect.length).toBeGreaterThan(10);
		for (const { token } of perfect)
			expect(stripCaseEnding(token, glossary.get(token.lemma)!)).toBe(token.vocalized);
	});
});
