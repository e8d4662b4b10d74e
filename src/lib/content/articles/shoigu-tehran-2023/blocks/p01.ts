import type { Block } from '../../../schema';

/** Paragraph 1: أعرب وزير الدفاع الروسي سيرغي شويغو عن استعداد بلاده لمزيد م… */
export const p1 = {
	id: 'p1',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p1.s1',
			translation:
				'Russian Defence Minister Sergei Shoigu expressed his country’s readiness for more joint action to strengthen stability and security in the Middle East.',
			tokens: [
				{
					kind: 'word',
					text: 'أعرب',
					ws: ' ',
					vocalized: 'أَعْرَبَ',
					lemma: 'araba',
					role: 'verb, 3rd person masculine singular past; أعرب عن "to express"'
				},
				{
					kind: 'word',
					text: 'وزير',
					ws: ' ',
					vocalized: 'وَزِيرُ',
					lemma: 'wazir',
					role: 'subject; first term of idafa',
					expression: 'defence-minister'
				},
				{
					kind: 'word',
					text: 'الدفاع',
					ws: ' ',
					vocalized: 'الدِّفَاعِ',
					lemma: 'difa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun; second term of idafa',
					expression: 'defence-minister'
				},
				{
					kind: 'word',
					text: 'الروسي',
					ws: ' ',
					vocalized: 'الرُّوسِيُّ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with وزير'
				},
				{
					kind: 'word',
					text: 'سيرغي',
					ws: ' ',
					vocalized: 'سِيرْغِي',
					lemma: 'sirghi',
					role: 'apposition to وزير; foreign name, no visible case ending',
					entity: 'shoigu',
					note: 'Russian Sergei; the vowels of this transcribed name are approximate.'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: ' ',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'family name, part of the apposition to وزير; foreign name, no visible case ending',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.'
				},
				{
					kind: 'word',
					text: 'عن',
					ws: ' ',
					vocalized: 'عَنْ',
					lemma: 'an',
					role: 'preposition governed by أعرب'
				},
				{
					kind: 'word',
					text: 'استعداد',
					ws: ' ',
					vocalized: 'اسْتِعْدَادِ',
					lemma: 'istidad',
					role: 'verbal noun (Form X), genitive after عن; first term of idafa'
				},
				{
					kind: 'word',
					text: 'بلاده',
					ws: ' ',
					vocalized: 'بِلَادِهِ',
					lemma: 'balad',
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'his' }],
					role: 'بِلَاد, plural of بَلَد, here in the singular sense ‘country’; second term of idafa'
				},
				{
					kind: 'word',
					text: 'لمزيد',
					ws: ' ',
					vocalized: 'لِمَزِيدٍ',
					lemma: 'mazid',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'genitive after لِ',
					expression: 'more-of'
				},
				{
					kind: 'word',
					text: 'من',
					ws: ' ',
					vocalized: 'مِنَ',
					lemma: 'min',
					role: 'مِنْ takes -a before the article',
					expression: 'more-of'
				},
				{
					kind: 'word',
					text: 'العمل',
					ws: ' ',
					vocalized: 'الْعَمَلِ',
					lemma: 'amal',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after من',
					expression: 'joint-action'
				},
				{
					kind: 'word',
					text: 'المشترك',
					ws: ' ',
					vocalized: 'الْمُشْتَرَكِ',
					lemma: 'mushtarak',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form VIII) used as adjective',
					expression: 'joint-action'
				},
				{
					kind: 'word',
					text: 'لتعزيز',
					ws: ' ',
					vocalized: 'لِتَعْزِيزِ',
					lemma: 'taziz',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'verbal noun of purpose: "(in order) to strengthen"; first term of idafa'
				},
				{
					kind: 'word',
					text: 'الاستقرار',
					ws: ' ',
					vocalized: 'الِاسْتِقْرَارِ',
					lemma: 'istiqrar',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun (Form X); second term of idafa (object of تعزيز)',
					note: 'Before the hamzat al-wasl of اسْتِقْرَار the article’s lam takes a helping kasra: al-istiqrār.'
				},
				{
					kind: 'word',
					text: 'والأمن',
					ws: ' ',
					vocalized: 'وَالْأَمْنِ',
					lemma: 'amn',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'genitive, joined by و to الاستقرار'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'الشرق',
					ws: ' ',
					vocalized: 'الشَّرْقِ',
					lemma: 'sharq',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after في',
					entity: 'middle-east',
					expression: 'middle-east'
				},
				{
					kind: 'word',
					text: 'الأوسط',
					ws: '',
					vocalized: 'الْأَوْسَطِ',
					lemma: 'awsat',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'elative adjective (أَفْعَل), agrees with الشرق',
					entity: 'middle-east',
					expression: 'middle-east'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
