import { describe, expect, it } from 'vitest';
import { helpingVowelProblems, startsWithWasla } from '../../../src/lib/content/helping-vowel';
import { loadLesson } from '../../../src/lib/content/index';
import type { Clitic, Token } from '../../../src/lib/content/schema';
import { stripMarks } from '../../../src/lib/domain/arabic/letters';

/** Vowelled words as a sentence's tokens (each word's text is its letters), "،" as punctuation. */
function sentence(text: string, clitics: Record<string, { post?: Clitic[] }> = {}): Token[] {
	const words = text.split(' ');
	return words.map((w, i): Token => {
		const ws = i < words.length - 1 ? ' ' : '';
		if (w === '،') return { kind: 'punct', text: w, ws };
		return { kind: 'word', text: stripMarks(w), vocalized: w, lemma: 'x', ws, ...clitics[w] };
	});
}
const messages = (text: string, clitics?: Record<string, { post?: Clitic[] }>) =>
	helpingVowelProblems(sentence(text, clitics)).map((p) => p.message);
const pronoun = (text: string): { post: Clitic[] } => ({
	post: [{ text, kind: 'pronoun', gloss: 'them' }]
});

describe('startsWithWasla', () => {
	it.each([
		['الْعَمَلِ', true],
		['الدِّفَاعِ', true],
		['اسْتِعْدَادِ', true],
		['انْتِهَاكٌ', true],
		['ابْنُ', true],
		['ٱلْكِتَابِ', true],
		['إِلَى', false],
		['أَعْرَبَ', false],
		// A vowel on the alif marks it as no wasla (the seed's اَشْتِيَانِي).
		['اَشْتِيَانِي', false],
		['مُعَارَضَةِ', false]
	])('%s: %s', (word, expected) => {
		expect(startsWithWasla(word)).toBe(expected);
	});
});

describe('helpingVowelProblems', () => {
	it('accepts the helping vowels the rule asks for', () => {
		for (const text of [
			'عَنِ اسْتِعْدَادِ',
			'مِنَ الْعَمَلِ',
			'مِنِ اسْتِعْدَادِهِ',
			'مَنِ الْمَسْؤُولُ',
			'قَدِ انْتَهَى',
			'لَمْ يَكُنِ الْأَمْرُ',
			'هُمُ الْمَسْؤُولُونَ',
			'أَنْتُمُ الطُّلَّابُ',
			'كَتَبْتُمُ الدَّرْسَ',
			'لَمْ يَكْتُمِ السِّرَّ'
		])
			expect(messages(text), text).toEqual([]);
		expect(messages('عَلَيْهِمُ الْحِصَارُ', { عَلَيْهِمُ: pronoun('هم') })).toEqual([]);
	});

	it('accepts sukun before a word without hamzat al-wasl, and before a pause', () => {
		expect(messages('عَنْ مُعَارَضَةِ')).toEqual([]);
		expect(messages('مِنْ خَارِجِ')).toEqual([]);
		expect(messages('عَنْ إِيرَانَ')).toEqual([]);
		expect(messages('لَمْ ، الْأَمْرُ')).toEqual([]);
	});

	it('catches a sukun before hamzat al-wasl, and names the vowel it takes', () => {
		expect(messages('عَنْ اسْتِعْدَادِ')).toEqual([
			'"عَنْ" ends in sukun before the hamzat al-wasl of "اسْتِعْدَادِ": it takes a helping kasra (عَنِ)'
		]);
		expect(messages('مِنْ الْعَمَلِ')[0]).toContain('helping fatha (مِنَ)');
		expect(messages('مِنْ انْتِهَاكٍ')[0]).toContain('helping kasra (مِنِ)');
		expect(messages('مَنْ الْمَسْؤُولُ')[0]).toContain('helping kasra (مَنِ)');
		expect(messages('هُمْ الطُّلَّابُ')[0]).toContain('helping damma (هُمُ)');
		expect(messages('عَلَيْهِمْ الْحِصَارُ', { عَلَيْهِمْ: pronoun('هم') })[0]).toContain(
			'helping damma (عَلَيْهِمُ)'
		);
		expect(messages('لَمْ يَكُنْ الْأَمْرُ')[0]).toContain('helping kasra (يَكُنِ)');
	});

	it('catches the wrong helping vowel on a particle', () => {
		expect(messages('مِنِ الْعَمَلِ')).toEqual([
			'"مِنِ" before "الْعَمَلِ" takes a helping fatha (مِنَ), not kasra'
		]);
		expect(messages('عَنَ اسْتِعْدَادِ')[0]).toContain('takes a helping kasra (عَنِ), not fatha');
	});

	it('catches a helping vowel where no hamzat al-wasl follows', () => {
		expect(messages('مِنَ مُعَارَضَةِ')).toEqual([
			'"مِنَ" has a helping fatha, but "مُعَارَضَةِ" does not begin with hamzat al-wasl: write مِنْ'
		]);
		// أَنَّ and إِنَّ end in a vowel of their own: no helping vowel there.
		expect(messages('أَنَّ مُعَارَضَةَ')).toEqual([]);
	});

	it('leaves case endings before a wasla alone', () => {
		expect(messages('وَزِيرُ الدِّفَاعِ')).toEqual([]);
		expect(messages('فِي الشَّرْقِ')).toEqual([]);
	});
});

describe('the seed lesson', () => {
	it('gives every sukun-final word its helping vowel before a wasla', async () => {
		const lesson = (await loadLesson('shoigu-tehran-2023'))!;
		const found = lesson.article.blocks
			.flatMap((b) => b.sentences)
			.flatMap((s) => helpingVowelProblems(s.tokens).map((p) => `${s.id}: ${p.message}`));
		expect(found).toEqual([]);
	});
});
