import type { Block } from '../../../schema';

/** Paragraph 7: وفي سياقٍ متصل، اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث… */
export const p7 = {
	id: 'p7',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p7.s1',
			translation:
				'In a related context, Ashtiani considered the step taken by the three European states, “Germany, France and Britain”, regarding not lifting the sanctions to be a clear violation of Europe’s commitments under the Joint Comprehensive Plan of Action.',
			tokens: [
				{
					kind: 'word',
					text: 'وفي',
					ws: ' ',
					vocalized: 'وَفِي',
					lemma: 'fi',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					expression: 'in-a-related-context'
				},
				{
					kind: 'word',
					text: 'سياقٍ',
					ws: ' ',
					vocalized: 'سِيَاقٍ',
					lemma: 'siyaq',
					role: 'genitive after فِي',
					roleAr: 'اسم مجرور بـ«في»',
					expression: 'in-a-related-context'
				},
				{
					kind: 'word',
					text: 'متصل',
					ws: '',
					vocalized: 'مُتَّصِلٍ',
					lemma: 'muttasil',
					role: 'active participle (Form VIII), adjective',
					roleAr: 'نعت لـ«سياق» مجرور؛ اسم فاعل من «اتَّصَلَ» على وزن مُفْتَعِل',
					expression: 'in-a-related-context'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'اعتبر',
					ws: ' ',
					vocalized: 'اعْتَبَرَ',
					lemma: 'itabara',
					role: '3rd person masculine singular past (Form VIII)',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن افْتَعَلَ'
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
					text: 'خطوة',
					ws: ' ',
					vocalized: 'خُطْوَةَ',
					lemma: 'khutwa',
					role: 'subject of أَنَّ (accusative); first term of idafa',
					roleAr: 'اسم «أنّ» منصوب، وهو مضاف'
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
					text: 'الأوروبية',
					ws: ' ',
					vocalized: 'الْأُورُوبِّيَّةِ',
					lemma: 'urubbiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, feminine (agrees with a non-human plural)',
					roleAr: 'نعت لـ«الدول» مجرور، اسم منسوب مؤنث (جمع غير العاقل يوصف بالمفرد المؤنث)',
					note: 'Vocalized ʾūrūbbiyya (Hans Wehr: ūrubbī); ʾūrūbiyya, without shadda, is also heard.',
					noteAr:
						'شُكلت «أُورُوبِّيَّة» بتشديد الباء كما في معجم هانز فير (Hans Wehr)، ويُسمع أيضًا «أُورُوبِيَّة» بلا تشديد.'
				},
				{
					kind: 'word',
					text: 'الثلاث',
					ws: ' ',
					vocalized: 'الثَّلَاثِ',
					lemma: 'thalatha',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'number after its noun, as an adjective; ثَلَاث (no ة) because دَوْلَة is feminine',
					roleAr:
						'نعت لـ«الدول» مجرور (العدد بعد المعدود يُعرب نعتًا)، وجاء بلا تاء لأن مفرد المعدود «دولة» مؤنث، والعدد من ثلاثة إلى عشرة يخالف المعدود'
				},
				{ kind: 'punct', text: '“', ws: '' },
				{
					kind: 'word',
					text: 'ألمانيا',
					ws: ' ',
					vocalized: 'أَلْمَانِيَا',
					lemma: 'almaniya',
					role: 'apposition (indeclinable)',
					roleAr:
						'بدل من «الدول» مجرور بفتحة مقدّرة على الألف (ممنوع من الصرف)؛ معرب لا تظهر عليه علامة الإعراب',
					entity: 'germany',
					note: 'Foreign name: vowels approximate (ʾalmāniyā; also heard ʾalmānyā).',
					noteAr: 'اسم أجنبي حركاته تقريبية: «أَلْمَانِيَا»، ويُسمع أيضًا «أَلْمَانْيَا».'
				},
				{
					kind: 'word',
					text: 'وفرنسا',
					ws: ' ',
					vocalized: 'وَفَرَنْسَا',
					lemma: 'faransa',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'coordinated (indeclinable)',
					roleAr:
						'الواو حرف عطف، و«فرنسا» اسم معطوف على «ألمانيا» مجرور بفتحة مقدّرة على الألف (ممنوع من الصرف)',
					entity: 'france'
				},
				{
					kind: 'word',
					text: 'وبريطانيا',
					ws: '',
					vocalized: 'وَبِرِيطَانِيَا',
					lemma: 'biritaniya',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'coordinated (indeclinable)',
					roleAr:
						'الواو حرف عطف، و«بريطانيا» اسم معطوف على «ألمانيا» مجرور بفتحة مقدّرة على الألف (ممنوع من الصرف)',
					entity: 'britain',
					note: 'Foreign name: vowels approximate (birīṭāniyā; the first syllable is often reduced, brīṭānyā).',
					noteAr:
						'اسم أجنبي حركاته تقريبية: «بِرِيطَانِيَا»، وكثيرًا ما يُختلس المقطع الأول فيُنطق «بْرِيطَانْيَا».'
				},
				{ kind: 'punct', text: '”', ws: ' ' },
				{
					kind: 'word',
					text: 'بشأن',
					ws: ' ',
					vocalized: 'بِشَأْنِ',
					lemma: 'shan',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِـ; first term of idafa',
					roleAr: 'اسم مجرور بالباء، وهو مضاف؛ «بشأن»: فيما يتعلق بـ',
					expression: 'regarding'
				},
				{
					kind: 'word',
					text: 'عدم',
					ws: ' ',
					vocalized: 'عَدَمِ',
					lemma: 'adam',
					role: 'second term of idafa; negates the verbal noun after it (‘not lifting’)',
					roleAr: 'مضاف إليه مجرور، وهو مضاف؛ ينفي المصدر بعده («عدم إلغاء»: ألّا تُلغى)'
				},
				{
					kind: 'word',
					text: 'إلغاء',
					ws: ' ',
					vocalized: 'إِلْغَاءِ',
					lemma: 'ilgha',
					role: 'verbal noun (Form IV); second term of idafa',
					roleAr: 'مضاف إليه مجرور، وهو مضاف؛ مصدر «أَلْغَى» على وزن إِفْعَال'
				},
				{
					kind: 'word',
					text: 'العقوبات',
					ws: ' ',
					vocalized: 'الْعُقُوبَاتِ',
					lemma: 'uquba',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound feminine plural of عُقُوبَة; object of the verbal noun, genitive',
					roleAr:
						'مضاف إليه مجرور، وهو في المعنى مفعول به للمصدر «إلغاء»؛ جمع مؤنث سالم مفرده «عُقُوبَة»'
				},
				{
					kind: 'word',
					text: 'انتهاك',
					ws: ' ',
					vocalized: 'انْتِهَاكٌ',
					lemma: 'intihak',
					role: 'predicate of أَنَّ (nominative); verbal noun (Form VIII)',
					roleAr: 'خبر «أنّ» مرفوع؛ مصدر «انْتَهَكَ» على وزن افْتِعَال'
				},
				{
					kind: 'word',
					text: 'واضح',
					ws: ' ',
					vocalized: 'وَاضِحٌ',
					lemma: 'wadih',
					role: 'adjective (active participle form)',
					roleAr: 'نعت لـ«انتهاك» مرفوع، على وزن اسم الفاعل فَاعِل'
				},
				{
					kind: 'word',
					text: 'لالتزامات',
					ws: ' ',
					vocalized: 'لِالْتِزَامَاتِ',
					lemma: 'iltizam',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'sound feminine plural of اِلْتِزَام (verbal noun, Form VIII), genitive after لِـ; first term of idafa. No article here: the alif is the verbal noun’s hamzat al-wasl.',
					roleAr:
						'اسم مجرور باللام، وهو مضاف؛ جمع مؤنث سالم مفرده «الْتِزَام» (مصدر «الْتَزَمَ» على وزن افْتِعَال). ولا أداة تعريف هنا: الألف همزة وصل في أول المصدر'
				},
				{
					kind: 'word',
					text: 'أوروبا',
					ws: ' ',
					vocalized: 'أُورُوبَّا',
					lemma: 'urubba',
					role: 'second term of idafa (indeclinable)',
					roleAr:
						'مضاف إليه مجرور بفتحة مقدّرة على الألف (ممنوع من الصرف)؛ معرب لا تظهر عليه علامة الإعراب',
					entity: 'europe',
					note: 'Vowels follow Hans Wehr’s ūrubbā (with doubled b); ʾūrūbā is also heard.',
					noteAr:
						'شُكلت على ما في معجم هانز فير (Hans Wehr): «أُورُوبَّا» بتشديد الباء، ويُسمع أيضًا «أُورُوبَا».'
				},
				{
					kind: 'word',
					text: 'بموجب',
					ws: ' ',
					vocalized: 'بِمُوجِبِ',
					lemma: 'mujib',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِـ; first term of idafa',
					roleAr: 'اسم مجرور بالباء، وهو مضاف؛ «بموجب»: وفقًا لـ',
					expression: 'by-virtue-of',
					note: 'Read bi-mūjibi (as in Hans Wehr); bi-mūjabi is also widely heard.',
					noteAr: 'تُقرأ «بِمُوجِبِ» كما في معجم هانز فير (Hans Wehr)، ويشيع أيضًا «بِمُوجَبِ».'
				},
				{
					kind: 'word',
					text: 'خطة',
					ws: ' ',
					vocalized: 'خُطَّةِ',
					lemma: 'khutta',
					role: 'second term of idafa',
					roleAr: 'مضاف إليه مجرور، وهو مضاف',
					entity: 'jcpoa',
					expression: 'jcpoa'
				},
				{
					kind: 'word',
					text: 'العمل',
					ws: ' ',
					vocalized: 'الْعَمَلِ',
					lemma: 'amal',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second term of idafa: ‘plan of action’',
					roleAr: 'مضاف إليه مجرور: «خطة العمل»',
					entity: 'jcpoa',
					expression: 'jcpoa'
				},
				{
					kind: 'word',
					text: 'الشاملة',
					ws: ' ',
					vocalized: 'الشَّامِلَةِ',
					lemma: 'shamil',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'adjective (active participle form), feminine, agrees with خُطَّة',
					roleAr: 'نعت لـ«خطة» مجرور، مؤنث مثلها؛ على وزن اسم الفاعل فَاعِل من «شَمِلَ»',
					entity: 'jcpoa',
					expression: 'jcpoa'
				},
				{
					kind: 'word',
					text: 'المشتركة',
					ws: '',
					vocalized: 'الْمُشْتَرَكَةِ',
					lemma: 'mushtarak',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form VIII), feminine, agrees with خُطَّة',
					roleAr: 'نعت ثانٍ لـ«خطة» مجرور، مؤنث مثلها؛ اسم مفعول من «اشترك» على وزن مُفْتَعَل',
					entity: 'jcpoa',
					expression: 'jcpoa'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
