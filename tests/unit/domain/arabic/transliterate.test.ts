import { describe, expect, it } from 'vitest';
import {
	lemmaId,
	transliterate,
	transliterateWord
} from '../../../../src/lib/domain/arabic/transliterate';
import { lesson } from '../../../../src/lib/content/articles/shoigu-tehran-2023';
import { stripCaseEnding } from '../../../../src/lib/domain/arabic/case-endings';
import { wordsOf } from '../../../../src/lib/domain/reader/words';

describe('transliterateWord', () => {
	it.each([
		['وَزِيرُ', 'wazīru'],
		['الدِّفَاعِ', 'ad-difāʿi'],
		['الرُّوسِيُّ', 'ar-rūsiyyu'],
		['الْقَمَرِ', 'al-qamari'],
		['وَالْأَمْنِ', 'wa-l-ʾamni'],
		['لِلْأَمْنِ', 'li-l-ʾamni'],
		['وَالشَّرْقِ', 'wa-sh-sharqi'],
		['لِلشَّعْبِ', 'li-sh-shaʿbi'],
		['أَعْرَبَ', 'aʿraba'],
		['إِلَى', 'ilā'],
		['مُشِيراً', 'mushīran'],
		['مُشِيرًا', 'mushīran'],
		['أَيْضاً', 'ayḍan'],
		['بِشَكْلٍ', 'bishaklin'],
		['مُسْتَوًى', 'mustawan'],
		['قُوَّةٌ', 'quwwatun'],
		['العَسْكَرِيَّةِ', 'al-ʿaskariyyati'],
		['هٰذَا', 'hādhā'],
		['الَّذِي', 'alladhī'],
		['اجْتِمَاعٍ', 'ijtimāʿin'],
		['وَاجْتِمَاعٍ', 'wa-jtimāʿin'],
		['يَقُولُ', 'yaqūlu'],
		['الِاسْتِقْرَارِ', 'al-istiqrāri'],
		['وَالِاسْتِقْرَارِ', 'wa-l-istiqrāri'],
		['جَدْوَاهُ', 'jadwāhu']
	])('%s → %s', (arabic, latin) => {
		expect(transliterateWord(arabic)).toBe(latin);
	});

	it('reads only what is written: bare letters give consonants and long vowels', () => {
		expect(transliterateWord('كتب')).toBe('ktb');
		expect(transliterateWord('كتاب')).toBe('ktāb');
	});

	it('keeps spaces and punctuation between words', () => {
		expect(transliterate('فِي طَهْرَانَ، اليَوْمَ.')).toBe('fī ṭahrāna, al-yawma.'.replace(',', '،'));
	});
});

describe('lemmaId', () => {
	it('is plain lowercase ASCII with no diacritics', () => {
		expect(lemmaId('وَزِير')).toBe('wazir');
		expect(lemmaId('أَعْرَبَ')).toBe('araba');
		expect(lemmaId('تَعَاوُن')).toBe('taawun');
		expect(lemmaId('شُوَيْغُو')).toMatch(/^[a-z0-9-]+$/u);
	});
});

describe('transliterateWord on every word of the seed article', () => {
	// The scheme's letters: consonants, the three vowels short and long, ʾ ʿ, and the hyphen
	// that joins the article and clitics. No Arabic script, no stray marks, no capitals.
	const SCHEME = /^[abdfghijklmnqrstuwyzʾʿḥṣḍṭẓāīū-]+$/u;
	const glossary = new Map(lesson.glossary.map((e) => [e.id, e]));
	const words = wordsOf(lesson.article);

	it.each(words.map((w) => [w.key, w.token.vocalized, w.token] as const))(
		'%s %s uses only letters of the scheme, with and without its case ending',
		(_key, vocalized, token) => {
			expect(transliterateWord(vocalized)).toMatch(SCHEME);
			const noCase = stripCaseEnding(token, glossary.get(token.lemma)!);
			expect(transliterateWord(noCase)).toMatch(SCHEME);
		}
	);

	it.each([
		['لِالْتِزَامَاتِ', 'li-ltizāmāti'],
		['ذَٰلِكَ', 'dhālika'],
		['بِالْعُقُوبَاتِ', 'bi-l-ʿuqūbāti'],
		['اَشْتِيَانِي', 'ashtiyānī'],
		['وَحُلَفَائِهَا', 'waḥulafāʾihā'],
		['الرُّوسِيّ', 'ar-rūsiyy'],
		['وَزِير', 'wazīr']
	])('%s → %s', (arabic, latin) => {
		expect(transliterateWord(arabic)).toBe(latin);
	});
});
