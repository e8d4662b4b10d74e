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
					roleAr: 'اسم مجرور بـ«على»، وهو مضاف؛ «على هامش»: في أثناء الحدث وخارج برنامجه الرئيسي',
					expression: 'on-the-sidelines-of'
				},
				{
					kind: 'word',
					text: 'الزيارة',
					ws: '',
					vocalized: 'الزِّيَارَةِ',
					lemma: 'ziyara',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second term of idafa',
					roleAr: 'مضاف إليه مجرور'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'تفقد',
					ws: ' ',
					vocalized: 'تَفَقَّدَ',
					lemma: 'tafaqqada',
					role: 'verb, 3rd person masculine singular past (Form V)',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن تَفَعَّلَ'
				},
				{
					kind: 'word',
					text: 'وزير',
					ws: ' ',
					vocalized: 'وَزِيرُ',
					lemma: 'wazir',
					role: 'subject; first term of idafa',
					roleAr: 'فاعل مرفوع، وهو مضاف',
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
					roleAr: 'مضاف إليه مجرور؛ مصدر «دافَعَ» على وزن فِعَال',
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
					roleAr: 'نعت لـ«وزير» مرفوع، اسم منسوب',
					note: 'The source puts a comma after الروسي, between the subject and the object; it is not needed grammatically.',
					noteAr: 'وضع المصدر فاصلة بعد «الروسي» بين الفاعل والمفعول به، ولا حاجة إليها نحويًا.'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'الصواريخ',
					ws: ' ',
					vocalized: 'الصَّوَارِيخَ',
					lemma: 'sarukh',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of صَارُوخ; object (accusative)',
					roleAr: 'مفعول به منصوب؛ جمع تكسير مفرده «صَارُوخ»'
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
					roleAr:
						'الواو حرف عطف، و«الطائرات» اسم معطوف على «الصواريخ» منصوب وعلامة نصبه الكسرة نيابة عن الفتحة لأنه جمع مؤنث سالم',
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
					roleAr: 'نعت لـ«الطائرات» منصوب؛ اسم مفعول من «سَيَّرَ» على وزن مُفَعَّل',
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
					roleAr: 'نعت لـ«الصواريخ والطائرات» منصوب، اسم منسوب، وهو مضاف إضافة لفظية (غير محضة)',
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
					roleAr:
						'مضاف إليه مجرور في الإضافة اللفظية («الإيرانية الصنع»: المصنوعة في إيران)؛ مصدر «صَنَعَ»',
					expression: 'iranian-made'
				},
				{
					kind: 'word',
					text: 'ضمن',
					ws: ' ',
					vocalized: 'ضِمْنَ',
					lemma: 'dimna',
					role: 'adverb used as a preposition: "as part of, within"',
					roleAr: 'ظرف مكان منصوب، وهو مضاف، بمعنى: في إطار، داخل'
				},
				{
					kind: 'word',
					text: 'معرض',
					ws: ' ',
					vocalized: 'مَعْرِضٍ',
					lemma: 'marid',
					role: 'indefinite, genitive after ضِمْنَ',
					roleAr: 'مضاف إليه مجرور بعد الظرف «ضمن»، نكرة'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'العاصمة',
					ws: ' ',
					vocalized: 'الْعَاصِمَةِ',
					lemma: 'asima',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after فِي',
					roleAr: 'اسم مجرور بـ«في»'
				},
				{
					kind: 'word',
					text: 'طهران',
					ws: '',
					vocalized: 'طَهْرَانَ',
					lemma: 'tahran',
					role: 'apposition to الْعَاصِمَة; diptote, genitive with fatha',
					roleAr:
						'بدل من «العاصمة» (أو عطف بيان) مجرور وعلامة جره الفتحة نيابة عن الكسرة لأنه ممنوع من الصرف',
					entity: 'tehran'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
