import type { Block } from '../../../schema';

/** Paragraph 12: وزار شويغو معرض القوات الجوية الفضائية التابع للحرس الثوري ا… */
export const p12 = {
	id: 'p12',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p12.s1',
			translation:
				'Shoigu visited the exhibition of the Aerospace Force of Iran’s Revolutionary Guard, which displayed products of the Republic’s military-industrial complex, and during the display he was introduced to missile weaponry and unmanned aircraft, as well as Iranian-made air defence systems.',
			tokens: [
				{
					kind: 'word',
					text: 'وزار',
					ws: ' ',
					vocalized: 'وَزَارَ',
					lemma: 'zara',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'verb, 3rd person masculine singular past (hollow, Form I)',
					roleAr: 'فعل ماضٍ مبني على الفتح، ثلاثي مجرد أجوف'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: ' ',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'subject; foreign name, no visible case ending',
					roleAr: 'فاعل مرفوع بضمة مقدّرة؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.',
					noteAr: 'اسم روسي منقول إلى العربية (Shoygu)؛ حركاته تقريبية.'
				},
				{
					kind: 'word',
					text: 'معرض',
					ws: ' ',
					vocalized: 'مَعْرِضَ',
					lemma: 'marid',
					role: 'object (accusative); first term of idafa',
					roleAr: 'مفعول به منصوب، وهو مضاف'
				},
				{
					kind: 'word',
					text: 'القوات',
					ws: ' ',
					vocalized: 'الْقُوَّاتِ',
					lemma: 'quwwa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound feminine plural of قُوَّة, genitive',
					roleAr: 'مضاف إليه مجرور؛ جمع مؤنث سالم مفرده «قُوَّة»',
					entity: 'irgc-aerospace-force'
				},
				{
					kind: 'word',
					text: 'الجوية',
					ws: ' ',
					vocalized: 'الْجَوِّيَّةِ',
					lemma: 'jawwiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت لـ«القوات» مجرور، اسم منسوب',
					entity: 'irgc-aerospace-force'
				},
				{
					kind: 'word',
					text: 'الفضائية',
					ws: ' ',
					vocalized: 'الْفَضَائِيَّةِ',
					lemma: 'fadaiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت ثانٍ لـ«القوات» مجرور، اسم منسوب',
					entity: 'irgc-aerospace-force'
				},
				{
					kind: 'word',
					text: 'التابع',
					ws: ' ',
					vocalized: 'التَّابِعَ',
					lemma: 'tabi',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'active participle, accusative, agreeing with مَعْرِضَ (masculine)',
					roleAr: 'نعت لـ«معرض» منصوب، مذكر مثله؛ اسم فاعل من «تَبِعَ» على وزن فَاعِل'
				},
				{
					kind: 'word',
					text: 'للحرس',
					ws: ' ',
					vocalized: 'لِلْحَرَسِ',
					lemma: 'haras',
					pre: [
						{ text: 'ل', kind: 'preposition', gloss: 'for, to' },
						{ text: 'ل', kind: 'article', gloss: 'the (its alef is dropped after لِـ)' }
					],
					role: 'genitive after لِـ',
					roleAr: 'اسم مجرور باللام',
					entity: 'irgc'
				},
				{
					kind: 'word',
					text: 'الثوري',
					ws: ' ',
					vocalized: 'الثَّوْرِيِّ',
					lemma: 'thawriyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت لـ«الحرس» مجرور، اسم منسوب',
					entity: 'irgc'
				},
				{
					kind: 'word',
					text: 'الإيراني',
					ws: '',
					vocalized: 'الْإِيرَانِيِّ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت ثانٍ لـ«الحرس» مجرور، اسم منسوب',
					entity: 'irgc'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'الذي',
					ws: ' ',
					vocalized: 'الَّذِي',
					lemma: 'alladhi',
					role: 'relative pronoun, masculine singular; refers to مَعْرِض',
					roleAr: 'اسم موصول للمفرد المذكر مبني على السكون في محل نصب نعت لـ«معرض»',
					note: 'Grammatically الذي could also refer to the nearer masculine noun الحرس (“the Guard, which displayed …”); the sense favours the exhibition.',
					noteAr:
						'يجوز نحويًا أن يعود «الذي» على أقرب اسم مذكر، «الحرس» («الحرس الذي عرض...»)، لكن المعنى يرجّح المعرض.'
				},
				{
					kind: 'word',
					text: 'عرض',
					ws: ' ',
					vocalized: 'عَرَضَ',
					lemma: 'arada',
					role: 'verb, 3rd person masculine singular past',
					roleAr:
						'فعل ماضٍ مبني على الفتح، وفاعله ضمير مستتر يعود على «الذي»؛ والجملة صلة الموصول لا محل لها من الإعراب'
				},
				{
					kind: 'word',
					text: 'منتجات',
					ws: ' ',
					vocalized: 'مُنْتَجَاتِ',
					lemma: 'muntaj',
					role: 'sound feminine plural; object (accusative, shown by kasra); first term of idafa',
					roleAr: 'مفعول به منصوب وعلامة نصبه الكسرة نيابة عن الفتحة لأنه جمع مؤنث سالم، وهو مضاف'
				},
				{
					kind: 'word',
					text: 'المجمع',
					ws: ' ',
					vocalized: 'الْمُجَمَّعِ',
					lemma: 'mujamma',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form II) used as a noun; second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ اسم مفعول من «جَمَّعَ» على وزن مُفَعَّل، يُستعمل اسمًا',
					expression: 'military-industrial-complex'
				},
				{
					kind: 'word',
					text: 'الصناعي',
					ws: ' ',
					vocalized: 'الصِّنَاعِيِّ',
					lemma: 'sinaiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت لـ«المجمع» مجرور، اسم منسوب',
					expression: 'military-industrial-complex'
				},
				{
					kind: 'word',
					text: 'العسكري',
					ws: ' ',
					vocalized: 'الْعَسْكَرِيِّ',
					lemma: 'askariyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت ثانٍ لـ«المجمع» مجرور، اسم منسوب',
					expression: 'military-industrial-complex'
				},
				{
					kind: 'word',
					text: 'للجمهورية',
					ws: '',
					vocalized: 'لِلْجُمْهُورِيَّةِ',
					lemma: 'jumhuriyya',
					pre: [
						{ text: 'ل', kind: 'preposition', gloss: 'for, to' },
						{ text: 'ل', kind: 'article', gloss: 'the (its alef is dropped after لِـ)' }
					],
					role: 'genitive after لِـ',
					roleAr: 'اسم مجرور باللام',
					note: 'The Republic: the Islamic Republic of Iran.',
					noteAr: 'المقصود الجمهورية الإسلامية الإيرانية.'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'وتعرف',
					ws: ' ',
					vocalized: 'وَتَعَرَّفَ',
					lemma: 'taarrafa',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'verb, 3rd person masculine singular past (Form V); تَعَرَّفَ عَلَى "to get to know"',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن تَفَعَّلَ؛ «تعرَّف على»: اطَّلع على وعرفه عن قرب'
				},
				{
					kind: 'word',
					text: 'خلال',
					ws: ' ',
					vocalized: 'خِلَالَ',
					lemma: 'khilala',
					role: 'adverb of time used as a preposition: "during"',
					roleAr: 'ظرف زمان منصوب، وهو مضاف، بمعنى: في أثناء'
				},
				{
					kind: 'word',
					text: 'العرض',
					ws: ' ',
					vocalized: 'الْعَرْضِ',
					lemma: 'ard-2',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun, genitive',
					roleAr: 'مضاف إليه مجرور؛ مصدر «عَرَضَ»'
				},
				{
					kind: 'word',
					text: 'على',
					ws: ' ',
					vocalized: 'عَلَى',
					lemma: 'ala',
					role: 'preposition governed by تَعَرَّفَ',
					roleAr: 'حرف جر متعلق بالفعل «تعرّف»'
				},
				{
					kind: 'word',
					text: 'الأسلحة',
					ws: ' ',
					vocalized: 'الْأَسْلِحَةِ',
					lemma: 'silah',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of سِلَاح, genitive',
					roleAr: 'اسم مجرور بـ«على»؛ جمع تكسير مفرده «سِلَاح»'
				},
				{
					kind: 'word',
					text: 'الصاروخية',
					ws: ' ',
					vocalized: 'الصَّارُوخِيَّةِ',
					lemma: 'sarukhiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت لـ«الأسلحة» مجرور، اسم منسوب'
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
					role: 'sound feminine plural, genitive, coordinated with الْأَسْلِحَة',
					roleAr: 'الواو حرف عطف، و«الطائرات» اسم معطوف على «الأسلحة» مجرور؛ جمع مؤنث سالم',
					expression: 'unmanned-aircraft'
				},
				{
					kind: 'word',
					text: 'بدون',
					ws: ' ',
					vocalized: 'بِدُونِ',
					lemma: 'duna',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'دُون, genitive after بِـ: بِدُونِ "without"',
					roleAr: 'اسم مجرور بالباء، وهو مضاف؛ «بدون»: بغير',
					expression: 'unmanned-aircraft'
				},
				{
					kind: 'word',
					text: 'طيار',
					ws: '',
					vocalized: 'طَيَّارٍ',
					lemma: 'tayyar',
					role: 'indefinite, genitive (second term of idafa)',
					roleAr: 'مضاف إليه مجرور، نكرة',
					expression: 'unmanned-aircraft'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'إضافةً',
					ws: ' ',
					vocalized: 'إِضَافَةً',
					lemma: 'idafa',
					role: 'verbal noun (Form IV) in the accusative, used adverbially',
					roleAr:
						'مفعول مطلق منصوب لفعل محذوف (أي: أُضيفُ إضافةً)، ويجوز إعرابه حالًا؛ مصدر «أَضَافَ» على وزن إِفْعَال',
					expression: 'in-addition-to'
				},
				{
					kind: 'word',
					text: 'إلى',
					ws: ' ',
					vocalized: 'إِلَى',
					lemma: 'ila',
					expression: 'in-addition-to'
				},
				{
					kind: 'word',
					text: 'أنظمة',
					ws: ' ',
					vocalized: 'أَنْظِمَةِ',
					lemma: 'nizam',
					role: 'broken plural of نِظَام, genitive after إِلَى; first term of idafa',
					roleAr: 'اسم مجرور بـ«إلى»، وهو مضاف؛ جمع تكسير مفرده «نِظَام»'
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
					expression: 'air-defence'
				},
				{
					kind: 'word',
					text: 'الجوي',
					ws: ' ',
					vocalized: 'الْجَوِّيِّ',
					lemma: 'jawwiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت لـ«الدفاع» مجرور، اسم منسوب',
					expression: 'air-defence'
				},
				{
					kind: 'word',
					text: 'الإيرانية',
					ws: ' ',
					vocalized: 'الْإِيرَانِيَّةِ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive (agreeing with أَنْظِمَة), first term of an adjectival idafa',
					roleAr: 'نعت لـ«أنظمة» مجرور، اسم منسوب، وهو مضاف إضافة لفظية (غير محضة)',
					expression: 'iranian-made'
				},
				{
					kind: 'word',
					text: 'الصنع',
					ws: '',
					vocalized: 'الصُّنْعِ',
					lemma: 'sun',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun; genitive, second term of the adjectival idafa',
					roleAr: 'مضاف إليه مجرور في الإضافة اللفظية؛ مصدر «صَنَعَ»',
					expression: 'iranian-made'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
