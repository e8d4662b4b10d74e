import type { Block } from '../../../schema';

/** Paragraph 11: وعلى هامش الزيارة، تفقد وزير الدفاع الروسي، الصواريخ والطائر… */
export const p11 = {
	id: 'p11',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p11.s1',
			translation:
				'On the sidelines of the visit, the Russian defence minister inspected Iranian-made missiles and drones at an exhibition in the capital, Tehran.',
			tokens: [
				{
					kind: 'word',
					text: 'وعلى',
					ws: ' ',
					vocalized: 'وَعَلَى',
					lemma: 'ala',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					expression: 'on-the-sidelines-of'
				},
				{
					kind: 'word',
					text: 'هامش',
					ws: ' ',
					vocalized: 'هَامِشِ',
					lemma: 'hamish',
					role: 'genitive after عَلَى; first term of idafa',
					expression: 'on-the-sidelines-of'
				},
				{
					kind: 'word',
					text: 'الزيارة',
					ws: '',
					vocalized: 'الزِّيَارَةِ',
					lemma: 'ziyara',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second term of idafa'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'تفقد',
					ws: ' ',
					vocalized: 'تَفَقَّدَ',
					lemma: 'tafaqqada',
					role: 'verb, 3rd person masculine singular past (Form V)'
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
					ws: '',
					vocalized: 'الرُّوسِيُّ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, nominative, agreeing with وَزِيرُ',
					note: 'The source puts a comma after الروسي, between the subject and the object; it is not needed grammatically.'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'الصواريخ',
					ws: ' ',
					vocalized: 'الصَّوَارِيخَ',
					lemma: 'sarukh',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of صَارُوخ; object (accusative)'
				},
				{
					kind: 'word',
					text: 'والطائرات',
					ws: ' ',
					vocalized: 'وَالطَّائِرَاتِ',
					lemma: 'taira',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'sound feminine plural, accusative (shown by kasra), coordinated with الصَّوَارِيخ',
					expression: 'drones'
				},
				{
					kind: 'word',
					text: 'المسيرة',
					ws: ' ',
					vocalized: 'الْمُسَيَّرَةَ',
					lemma: 'musayyar',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form II), adjective, accusative',
					expression: 'drones'
				},
				{
					kind: 'word',
					text: 'الإيرانية',
					ws: ' ',
					vocalized: 'الْإِيرَانِيَّةَ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, accusative, first term of an adjectival (improper) idafa',
					expression: 'iranian-made'
				},
				{
					kind: 'word',
					text: 'الصنع',
					ws: ' ',
					vocalized: 'الصُّنْعِ',
					lemma: 'sun',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun; genitive, second term of the adjectival idafa ("Iranian in make")',
					expression: 'iranian-made'
				},
				{
					kind: 'word',
					text: 'ضمن',
					ws: ' ',
					vocalized: 'ضِمْنَ',
					lemma: 'dimna',
					role: 'adverb used as a preposition: "as part of, within"'
				},
				{
					kind: 'word',
					text: 'معرض',
					ws: ' ',
					vocalized: 'مَعْرِضٍ',
					lemma: 'marid',
					role: 'indefinite, genitive after ضِمْنَ'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'العاصمة',
					ws: ' ',
					vocalized: 'الْعَاصِمَةِ',
					lemma: 'asima',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after فِي'
				},
				{
					kind: 'word',
					text: 'طهران',
					ws: '',
					vocalized: 'طَهْرَانَ',
					lemma: 'tahran',
					role: 'apposition to الْعَاصِمَة; diptote, genitive with fatha',
					entity: 'tehran'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
