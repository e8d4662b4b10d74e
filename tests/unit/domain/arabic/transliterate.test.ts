import { describe, expect, it } from 'vitest';
import {
	lemmaId,
	transliterate,
	transliterateWord
} from '../../../../src/lib/domain/arabic/transliterate';

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
