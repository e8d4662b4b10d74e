import type { Block } from '../../../schema';

/** Paragraph 4: بدوره، أشار اشتياني إلى جهود الدول المستقلة لخلق نظام متعدّد… */
export const p4 = {
	id: 'p4',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p4.s1',
			translation:
				'For his part, Ashtiani pointed to the efforts of independent states to create a multipolar and just order, opposed to the unilateral tendencies of some states, considering that regional and international conditions and developments require cooperation on the basis of mutual and shared interests.',
			tokens: [
				{
					kind: 'word',
					text: 'بدوره',
					ws: '',
					vocalized: 'بِدَوْرِهِ',
					lemma: 'dawr',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'his' }],
					role: 'genitive after بِـ, with possessive suffix: ‘for his part’',
					roleAr: 'اسم مجرور بالباء، وهو مضاف والهاء في محل جر مضاف إليه؛ «بدوره»: من جهته',
					expression: 'for-his-part'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'أشار',
					ws: ' ',
					vocalized: 'أَشَارَ',
					lemma: 'ashara',
					role: '3rd person masculine singular past (Form IV)',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن أَفْعَلَ'
				},
				{
					kind: 'word',
					text: 'اشتياني',
					ws: ' ',
					vocalized: 'اَشْتِيَانِي',
					lemma: 'ashtiyani',
					role: 'subject',
					roleAr: 'فاعل مرفوع بضمة مقدّرة على الياء؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'ashtiani',
					note: 'Persian Āshtiyānī (آشتیانی). The source writes a bare alif, without madda; it is read ʾa- (not as a silent hamzat al-wasl), the nearest the letters allow to Persian Ā-. The final ي is a long ī with no case ending shown; the vowels are approximate.',
					noteAr:
						'أصله الفارسي «آشتیانی» (Āshtiyānī). كتبه المصدر بألف مجرّدة بلا مدّ، فتُقرأ همزةً مفتوحة (لا همزةَ وصلٍ تسقط في النطق)، وهو أقرب ما تسمح به الحروف إلى الألف الممدودة في الفارسية. والياء الأخيرة ياء مدّ لا تظهر عليها علامة إعراب، والحركات تقريبية.'
				},
				{ kind: 'word', text: 'إلى', ws: ' ', vocalized: 'إِلَى', lemma: 'ila' },
				{
					kind: 'word',
					text: 'جهود',
					ws: ' ',
					vocalized: 'جُهُودِ',
					lemma: 'juhd',
					role: 'broken plural of جُهْد; first term of idafa',
					roleAr: 'اسم مجرور بـ«إلى»، وهو مضاف؛ جمع تكسير مفرده «جُهْد»'
				},
				{
					kind: 'word',
					text: 'الدول',
					ws: ' ',
					vocalized: 'الدُّوَلِ',
					lemma: 'dawla',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of دَوْلَة; second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ جمع تكسير مفرده «دَوْلَة»'
				},
				{
					kind: 'word',
					text: 'المستقلة',
					ws: ' ',
					vocalized: 'الْمُسْتَقِلَّةِ',
					lemma: 'mustaqill',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'active participle (Form X); feminine singular, agreeing with a non-human plural',
					roleAr:
						'نعت لـ«الدول» مجرور؛ اسم فاعل من «اسْتَقَلَّ» على وزن مُسْتَفْعِل، مفرد مؤنث لأن الموصوف جمع لغير العاقل'
				},
				{
					kind: 'word',
					text: 'لخلق',
					ws: ' ',
					vocalized: 'لِخَلْقِ',
					lemma: 'khalq',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'verbal noun after لِـ (purpose); first term of idafa',
					roleAr: 'مصدر مجرور بلام التعليل، وهو مضاف: «لخلق» أي من أجل خلق'
				},
				{
					kind: 'word',
					text: 'نظام',
					ws: ' ',
					vocalized: 'نِظَامٍ',
					lemma: 'nizam',
					role: 'object of the verbal noun, genitive as second term of idafa',
					roleAr: 'مضاف إليه مجرور، وهو في المعنى مفعول به للمصدر «خلق»'
				},
				{
					kind: 'word',
					text: 'متعدّد',
					ws: ' ',
					vocalized: 'مُتَعَدِّدِ',
					lemma: 'mutaaddid',
					role: 'active participle (Form V), adjective of نِظَام; first term of an improper idafa (no tanwin)',
					roleAr:
						'نعت لـ«نظام» مجرور؛ اسم فاعل من «تَعَدَّدَ» على وزن مُتَفَعِّل، مضاف إضافة لفظية (غير محضة) فلا يُنوَّن',
					expression: 'multipolar'
				},
				{
					kind: 'word',
					text: 'الأقطاب',
					ws: ' ',
					vocalized: 'الْأَقْطَابِ',
					lemma: 'qutb',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of قُطْب; second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ جمع تكسير مفرده «قُطْب»',
					expression: 'multipolar'
				},
				{
					kind: 'word',
					text: 'وعادل',
					ws: ' ',
					vocalized: 'وَعَادِلٍ',
					lemma: 'adil',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'second adjective of نِظَام, genitive',
					roleAr: 'اسم معطوف على «متعدد» مجرور، فهو نعت ثانٍ لـ«نظام»'
				},
				{
					kind: 'word',
					text: 'ضدّ',
					ws: ' ',
					vocalized: 'ضِدَّ',
					lemma: 'didd',
					role: 'adverbial accusative used as a preposition: ‘against’',
					roleAr: 'منصوب على الظرفية، وهو مضاف، ويُستعمل استعمال حرف الجر: في مواجهة'
				},
				{
					kind: 'word',
					text: 'التوجهات',
					ws: ' ',
					vocalized: 'التَّوَجُّهَاتِ',
					lemma: 'tawajjuh',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound feminine plural of تَوَجُّه (verbal noun, Form V), genitive',
					roleAr: 'مضاف إليه مجرور؛ جمع مؤنث سالم مفرده «تَوَجُّه» (مصدر «تَوَجَّهَ» على وزن تَفَعُّل)'
				},
				{
					kind: 'word',
					text: 'الأحادية',
					ws: ' ',
					vocalized: 'الْأُحَادِيَّةِ',
					lemma: 'uhadiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, feminine (agrees with a non-human plural)',
					roleAr: 'نعت لـ«التوجهات» مجرور، اسم منسوب مؤنث (جمع غير العاقل يوصف بالمفرد المؤنث)'
				},
				{
					kind: 'word',
					text: 'لبعض',
					ws: ' ',
					vocalized: 'لِبَعْضِ',
					lemma: 'bad',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'genitive after لِـ; first term of idafa',
					roleAr: 'اسم مجرور باللام، وهو مضاف'
				},
				{
					kind: 'word',
					text: 'الدول',
					ws: '',
					vocalized: 'الدُّوَلِ',
					lemma: 'dawla',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of دَوْلَة; second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ جمع تكسير مفرده «دَوْلَة»'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'معتبراً',
					ws: ' ',
					vocalized: 'مُعْتَبِراً',
					lemma: 'mutabir',
					role: 'hal (circumstantial accusative); active participle (Form VIII)',
					roleAr: 'حال منصوب؛ اسم فاعل من «اعْتَبَرَ» على وزن مُفْتَعِل: «معتبراً أنّ» أي رائيًا أنّ'
				},
				{
					kind: 'word',
					text: 'أن',
					ws: ' ',
					vocalized: 'أَنَّ',
					lemma: 'anna',
					role: 'particle ‘that’; its subject takes the accusative',
					roleAr: 'حرف توكيد ونصب (من أخوات «إنّ») ينصب اسمه ويرفع خبره'
				},
				{
					kind: 'word',
					text: 'الظروف',
					ws: ' ',
					vocalized: 'الظُّرُوفَ',
					lemma: 'zarf',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject of أَنَّ (accusative); broken plural of ظَرْف',
					roleAr: 'اسم «أنّ» منصوب؛ جمع تكسير مفرده «ظَرْف»'
				},
				{
					kind: 'word',
					text: 'والتطورات',
					ws: ' ',
					vocalized: 'وَالتَّطَوُّرَاتِ',
					lemma: 'tatawwur',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'sound feminine plural, accusative (ending -i)',
					roleAr:
						'اسم معطوف على «الظروف» منصوب وعلامة نصبه الكسرة نيابة عن الفتحة لأنه جمع مؤنث سالم'
				},
				{
					kind: 'word',
					text: 'الإقليمية',
					ws: ' ',
					vocalized: 'الْإِقْلِيمِيَّةَ',
					lemma: 'iqlimiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, feminine, accusative',
					roleAr: 'نعت لـ«الظروف والتطورات» منصوب، اسم منسوب مؤنث'
				},
				{
					kind: 'word',
					text: 'والدولية',
					ws: ' ',
					vocalized: 'وَالدَّوْلِيَّةَ',
					lemma: 'dawliyy',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'nisba adjective, feminine, accusative',
					roleAr: 'اسم معطوف على «الإقليمية» منصوب، اسم منسوب مؤنث'
				},
				{
					kind: 'word',
					text: 'تتطلب',
					ws: ' ',
					vocalized: 'تَتَطَلَّبُ',
					lemma: 'tatallaba',
					role: '3rd person feminine singular present (Form V; non-human plural subject); predicate of أَنَّ',
					roleAr:
						'فعل مضارع مرفوع على وزن تَفَعَّلَ، أُنِّث لأن فاعله المستتر يعود على جمع لغير العاقل؛ والجملة في محل رفع خبر «أنّ»'
				},
				{
					kind: 'word',
					text: 'التعاون',
					ws: ' ',
					vocalized: 'التَّعَاوُنَ',
					lemma: 'taawun',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'object; verbal noun (Form VI)',
					roleAr: 'مفعول به منصوب؛ مصدر «تَعَاوَنَ» على وزن تَفَاعُل'
				},
				{
					kind: 'word',
					text: 'على',
					ws: ' ',
					vocalized: 'عَلَى',
					lemma: 'ala',
					expression: 'on-the-basis-of'
				},
				{
					kind: 'word',
					text: 'أساس',
					ws: ' ',
					vocalized: 'أَسَاسِ',
					lemma: 'asas',
					role: 'genitive after عَلَى; first term of idafa',
					roleAr: 'اسم مجرور بـ«على»، وهو مضاف',
					expression: 'on-the-basis-of'
				},
				{
					kind: 'word',
					text: 'المصالح',
					ws: ' ',
					vocalized: 'الْمَصَالِحِ',
					lemma: 'maslaha',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of مَصْلَحَة; second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ جمع تكسير مفرده «مَصْلَحَة»'
				},
				{
					kind: 'word',
					text: 'المتبادلة',
					ws: ' ',
					vocalized: 'الْمُتَبَادَلَةِ',
					lemma: 'mutabadal',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form VI), adjective',
					roleAr: 'نعت لـ«المصالح» مجرور؛ اسم مفعول من «تَبَادَلَ» على وزن مُتَفَاعَل'
				},
				{
					kind: 'word',
					text: 'والمشتركة',
					ws: '',
					vocalized: 'وَالْمُشْتَرَكَةِ',
					lemma: 'mushtarak',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'passive participle (Form VIII), adjective',
					roleAr: 'اسم معطوف على «المتبادلة» مجرور؛ اسم مفعول من «اشترك» على وزن مُفْتَعَل'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
