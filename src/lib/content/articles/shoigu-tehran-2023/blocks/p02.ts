import type { Block } from '../../../schema';

/** Paragraph 2: ونقلت وكالة نوفوستي عن شويغو، في اجتماع مع نظيره الإيراني مح… */
export const p2 = {
	id: 'p2',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p2.s1',
			translation:
				'The Novosti agency quoted Shoigu as saying, at a meeting with his Iranian counterpart Mohammad-Reza Ashtiani in Tehran: “We are ready for more joint action to strengthen stability and security in the Middle East, and we note with great pleasure that Russian-Iranian dialogue is developing intensively today.”',
			tokens: [
				{
					kind: 'word',
					text: 'ونقلت',
					ws: ' ',
					vocalized: 'وَنَقَلَتْ',
					lemma: 'naqala',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: '3rd person feminine singular past (subject وكالة); نقل عن … قوله "quoted … as saying"'
				},
				{
					kind: 'word',
					text: 'وكالة',
					ws: ' ',
					vocalized: 'وَكَالَةُ',
					lemma: 'wakala',
					role: 'subject; first term of idafa',
					entity: 'novosti'
				},
				{
					kind: 'word',
					text: 'نوفوستي',
					ws: ' ',
					vocalized: 'نُوفُوسْتِي',
					lemma: 'nufusti',
					role: 'foreign name, second term of idafa; no visible case ending',
					entity: 'novosti',
					note: 'Russian Novosti ("news"), i.e. RIA Novosti; the vowels of this transcribed name are approximate.'
				},
				{
					kind: 'word',
					text: 'عن',
					ws: ' ',
					vocalized: 'عَنْ',
					lemma: 'an',
					role: 'preposition governed by نقلت: "from, on the authority of"'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: '',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'genitive after عن; foreign name, no visible case ending',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'اجتماع',
					ws: ' ',
					vocalized: 'اجْتِمَاعٍ',
					lemma: 'ijtima',
					role: 'verbal noun (Form VIII), genitive after في'
				},
				{ kind: 'word', text: 'مع', ws: ' ', vocalized: 'مَعَ', lemma: 'maa' },
				{
					kind: 'word',
					text: 'نظيره',
					ws: ' ',
					vocalized: 'نَظِيرِهِ',
					lemma: 'nazir',
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'his' }],
					role: 'genitive after مع'
				},
				{
					kind: 'word',
					text: 'الإيراني',
					ws: ' ',
					vocalized: 'الْإِيرَانِيِّ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with نظيره (definite by the pronoun)'
				},
				{
					kind: 'word',
					text: 'محمد',
					ws: ' ',
					vocalized: 'مُحَمَّدِ',
					lemma: 'muhammad',
					role: 'apposition to نظيره, genitive',
					entity: 'ashtiani',
					note: 'Persian compound given name Mohammad-Reza, read as a name followed by a by-name in idafa (the majority rule for two one-word name parts, as in عَبْدُ اللّٰهِ): مُحَمَّدِ takes the genitive of the apposition without tanwin, and رِضَا (genitive) shows no ending. The other accepted reading makes both parts agree: مُحَمَّدٍ رِضَا. علي أكبر in paragraph 8 is read the same way.'
				},
				{
					kind: 'word',
					text: 'رضا',
					ws: ' ',
					vocalized: 'رِضَا',
					lemma: 'rida',
					role: 'part of the compound name; ends in alif, no visible case ending',
					entity: 'ashtiani'
				},
				{
					kind: 'word',
					text: 'اشتياني',
					ws: ' ',
					vocalized: 'اَشْتِيَانِي',
					lemma: 'ashtiyani',
					role: 'family name, part of the apposition to نظيره (genitive); no visible case ending',
					entity: 'ashtiani',
					note: 'Persian Āshtiyānī (آشتیانی). The source writes a bare alif, without madda; it is read ʾa- (not as a silent hamzat al-wasl), the nearest the letters allow to Persian Ā-. The final ي is a long ī with no case ending shown; the vowels are approximate.'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'طهران',
					ws: '',
					vocalized: 'طَهْرَانَ',
					lemma: 'tahran',
					role: 'genitive after في; diptote (foreign name), so -a not -i',
					entity: 'tehran'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'قوله',
					ws: '',
					vocalized: 'قَوْلَهُ',
					lemma: 'qawl',
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'his' }],
					role: 'verbal noun, object of نقلت: "his saying", i.e. "(quoted him) as saying"'
				},
				{ kind: 'punct', text: ':', ws: ' ' },
				{
					kind: 'word',
					text: 'مستعدون',
					ws: ' ',
					vocalized: 'مُسْتَعِدُّونَ',
					lemma: 'mustaidd',
					role: 'active participle, sound masculine plural, nominative: predicate of an unstated نَحْنُ "we"'
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
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'ونشير',
					ws: ' ',
					vocalized: 'وَنُشِيرُ',
					lemma: 'ashara',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: '1st person plural present (Form IV); أشار إلى "to point out, note"'
				},
				{
					kind: 'word',
					text: 'بكل',
					ws: ' ',
					vocalized: 'بِكُلِّ',
					lemma: 'kull',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِ; first term of idafa',
					expression: 'with-great-pleasure'
				},
				{
					kind: 'word',
					text: 'سرور',
					ws: ' ',
					vocalized: 'سُرُورٍ',
					lemma: 'surur',
					role: 'second term of idafa',
					expression: 'with-great-pleasure'
				},
				{
					kind: 'word',
					text: 'إلى',
					ws: ' ',
					vocalized: 'إِلَى',
					lemma: 'ila',
					role: 'preposition governed by نشير'
				},
				{
					kind: 'word',
					text: 'أن',
					ws: ' ',
					vocalized: 'أَنَّ',
					lemma: 'anna',
					role: '"that": puts its subject in the accusative'
				},
				{
					kind: 'word',
					text: 'الحوار',
					ws: ' ',
					vocalized: 'الْحِوَارَ',
					lemma: 'hiwar',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject (ism) of أنّ, accusative; verbal noun (Form III)'
				},
				{
					kind: 'word',
					text: 'الروسي',
					ws: ' ',
					vocalized: 'الرُّوسِيَّ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with الحوار',
					expression: 'russian-iranian'
				},
				{
					kind: 'word',
					text: 'الإيراني',
					ws: ' ',
					vocalized: 'الْإِيرَانِيَّ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second nisba adjective, agrees with الحوار',
					expression: 'russian-iranian'
				},
				{
					kind: 'word',
					text: 'يتطور',
					ws: ' ',
					vocalized: 'يَتَطَوَّرُ',
					lemma: 'tatawwara',
					role: 'predicate of أنّ; 3rd person masculine singular present (Form V)'
				},
				{
					kind: 'word',
					text: 'اليوم',
					ws: ' ',
					vocalized: 'الْيَوْمَ',
					lemma: 'yawm',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'adverb of time, accusative: "today"'
				},
				{
					kind: 'word',
					text: 'بشكلٍ',
					ws: ' ',
					vocalized: 'بِشَكْلٍ',
					lemma: 'shakl',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِ',
					expression: 'intensively'
				},
				{
					kind: 'word',
					text: 'مكثّف',
					ws: '',
					vocalized: 'مُكَثَّفٍ',
					lemma: 'mukaththaf',
					role: 'passive participle (Form II) used as adjective, agrees with شكل',
					expression: 'intensively'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
