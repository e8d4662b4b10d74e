import type { GlossaryEntry } from '../../../schema';

/** Proper names of people, places and organisations. */
export const names = [
	{
		id: 'ahmadiyan',
		lemma: 'أَحْمَدِيَان',
		root: null,
		pos: 'proper-noun',
		glosses: ['Ahmadian (family name)'],
		uncertain: 'Vowels approximate the Persian Aḥmadiyān.',
		definitionAr:
			'أَحْمَدِيَان: اسم عائلة إيراني؛ وعلي أكبر أحمديان في المقال: أمين المجلس الأعلى للأمن القومي الإيراني.',
		uncertainAr: 'الحركات تقريبية تحاكي نطق الاسم في الفارسية.'
	},
	{
		id: 'akbar',
		lemma: 'أَكْبَر',
		root: null,
		pos: 'proper-noun',
		glosses: ['Akbar (second part of the compound given name Ali Akbar)'],
		note: 'As a common word أَكْبَر is the elative "greater, greatest" (root كبر), as in الله أكبر.',
		uncertain:
			'Case of the compound given name ʿAlī Akbar: read here, like محمد رضا, as a name + by-name in idafa (عَلِيُّ أَكْبَرَ, أكبر a diptote in the genitive); the Kufan alternative makes both parts agree (عَلِيٌّ أَكْبَرُ), and many readers do not decline the compound at all.',
		definitionAr:
			'أَكْبَر: الجزء الثاني من الاسم المركَّب «علي أكبر» (علي أكبر أحمديان، أمين المجلس الأعلى للأمن القومي الإيراني في المقال).',
		noteAr:
			'«أَكْبَر» في الاستعمال العام اسم تفضيل بمعنى الأكبر والأعظم (الجذر كبر)، كما في «الله أكبر».',
		uncertainAr:
			'إعراب الاسم المركَّب «علي أكبر»: قُرئ هنا، كما في «محمد رضا»، اسمًا ولقبًا بينهما إضافة (عَلِيُّ أَكْبَرَ، و«أكبر» ممنوع من الصرف مجرور بالفتحة)؛ والوجه الكوفي أن يتبع الجزءان أحدهما الآخر في الإعراب (عَلِيٌّ أَكْبَرُ)، وكثير من القرّاء لا يُعربون الاسم المركَّب أصلًا.'
	},
	{
		id: 'aliyy',
		lemma: 'عَلِيّ',
		root: null,
		pos: 'proper-noun',
		glosses: ['Ali (given name)'],
		note: 'Here the first part of the Persian compound given name علي أكبر ʿAlī Akbar.',
		uncertain:
			'How to give case endings to a Persian compound name is a convention; read here as the first term of an idafa (عَلِيُّ, no tanwin), as with مُحَمَّدِ رِضَا.',
		definitionAr:
			'عَلِيّ: اسم علم مذكَّر؛ وهو هنا الجزء الأول من الاسم المركَّب «علي أكبر» (علي أكبر أحمديان).',
		noteAr: 'هنا الجزء الأول من الاسم الفارسي المركَّب «علي أكبر».',
		uncertainAr:
			'إعراب الاسم الفارسي المركَّب مسألة اصطلاح؛ وقد قُرئ هنا مضافًا (عَلِيُّ، بلا تنوين)، كما في «مُحَمَّدِ رِضَا».'
	},
	{
		id: 'almaniya',
		lemma: 'أَلْمَانِيَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Germany'],
		uncertain: 'Foreign name: ʾalmāniyā is the common reading; ʾalmānyā is also heard.',
		definitionAr: 'أَلْمَانِيَا: دولة في وسط أوروبا، عاصمتها برلين.',
		uncertainAr: 'اسم أجنبي: الشائع أن يُقرأ أَلْمَانِيَا، ويُسمع أيضًا بتسكين النون: أَلْمَانْيَا.'
	},
	{
		id: 'ashtiyani',
		lemma: 'اَشْتِيَانِي',
		root: null,
		pos: 'proper-noun',
		glosses: ['Ashtiani (Persian family name; Mohammad-Reza Ashtiani, Iran’s defence minister)'],
		uncertain:
			'A transcribed Persian name (آشتیانی, Āshtiyānī). The article writes a bare alif, without madda; it is given a fatha (read ʾa-, not a silent hamzat al-wasl), the nearest the letters allow to Persian Ā-. The other vowels are approximate, and the final ي is read as long ī with no case ending shown.',
		definitionAr:
			'اشتياني: اسم عائلة فارسي؛ ومحمد رضا اشتياني في المقال: وزير الدفاع الإيراني، نظير شويغو.',
		uncertainAr:
			'اسم فارسي منقول (آشتیانی). يكتبه المقال بألف مجرَّدة بلا مدَّة، وقد ضُبطت بالفتح (تُنطق همزةً مفتوحة، لا همزةَ وصلٍ تسقط في الدَّرْج)، وهو أقرب ما تسمح به الحروف إلى الألف الممدودة في أول الاسم الفارسي. وبقية الحركات تقريبية، والياء الأخيرة تُقرأ ياءً ممدودة لا تظهر عليها علامة إعراب.'
	},
	{
		id: 'biritaniya',
		lemma: 'بِرِيطَانِيَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Britain'],
		uncertain:
			'Foreign name: the first syllable is approximate (birīṭāniyā; often reduced to brīṭānyā).',
		definitionAr: 'بِرِيطَانِيَا: دولة في غرب أوروبا، هي المملكة المتحدة، عاصمتها لندن.',
		uncertainAr:
			'اسم أجنبي: ضبط المقطع الأول تقريبي (بِرِيطَانِيَا، وكثيرًا ما يُخفَّف في النطق فتسقط كسرة الباء وتُسكَّن النون: بْرِيطَانْيَا).'
	},
	{
		id: 'faransa',
		lemma: 'فَرَنْسَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['France'],
		definitionAr: 'فَرَنْسَا: دولة في غرب أوروبا، عاصمتها باريس.'
	},
	{
		id: 'iran',
		lemma: 'إِيرَان',
		root: null,
		pos: 'proper-noun',
		glosses: ['Iran'],
		note: 'A diptote: no tanwin, genitive with fatha (في إيرانَ، إلى إيرانَ).',
		definitionAr:
			'إِيرَان: دولة في غرب آسيا تطلُّ على الخليج، عاصمتها طهران (الجمهورية الإسلامية الإيرانية).',
		noteAr: 'ممنوع من الصرف: لا يُنوَّن، ويُجرّ بالفتحة (في إيرانَ، إلى إيرانَ).'
	},
	{
		id: 'muhammad',
		lemma: 'مُحَمَّد',
		root: null,
		pos: 'proper-noun',
		glosses: ['Mohammad, Muhammad (given name)'],
		note: 'Here the first half of the Persian compound given name Mohammad-Reza.',
		definitionAr:
			'مُحَمَّد: اسم علم مذكَّر؛ وهو هنا الجزء الأول من الاسم المركَّب «محمد رضا» (محمد رضا اشتياني).',
		noteAr: 'هنا النصف الأول من الاسم الفارسي المركَّب «محمد رضا».'
	},
	{
		id: 'nufusti',
		lemma: 'نُوفُوسْتِي',
		root: null,
		pos: 'proper-noun',
		glosses: ['Novosti (RIA Novosti, a Russian state news agency)'],
		uncertain:
			'A transcribed foreign name (Russian "news"): the Arabic vowels given are approximate.',
		definitionAr: 'نُوفُوسْتِي: وكالة أنباء روسية رسمية (ريا نوفوستي)، ومعنى اسمها بالروسية: الأخبار.',
		uncertainAr: 'اسم أجنبي منقول (معناه بالروسية: الأخبار)، والحركات العربية المثبتة تقريبية.'
	},
	{
		id: 'rida',
		lemma: 'رِضَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Reza, Rida (given name)'],
		note: 'Here the second half of Mohammad-Reza; the name comes from Arabic رِضًا "contentment, approval".',
		definitionAr:
			'رِضَا: اسم علم مذكَّر؛ وهو هنا الجزء الثاني من الاسم المركَّب «محمد رضا» (محمد رضا اشتياني).',
		noteAr: 'هنا النصف الثاني من «محمد رضا»؛ والاسم مأخوذ من العربية «رِضًا» بمعنى القناعة والقبول.'
	},
	{
		id: 'rusiya',
		lemma: 'رُوسِيَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Russia'],
		definitionAr: 'رُوسِيَا: دولة واسعة تمتدُّ في شرق أوروبا وشمال آسيا، عاصمتها موسكو.'
	},
	{
		id: 'shuyghu',
		lemma: 'شُويْغُو',
		root: null,
		pos: 'proper-noun',
		glosses: ['Shoigu (Russian family name)'],
		note: 'Indeclinable: the final و takes no case ending.',
		uncertain:
			'A transcribed foreign name (Russian Shoygu): the Arabic vowels are approximate; Arabic spellings vary (شويغو, شويجو).',
		definitionAr: 'شُويْغُو: اسم عائلة روسي؛ وسيرغي شويغو في المقال: وزير الدفاع الروسي.',
		noteAr: 'لا تظهر عليه علامات الإعراب: فالواو الأخيرة لا تحمل حركة إعراب.',
		uncertainAr:
			'اسم أجنبي منقول عن الروسية: الحركات العربية تقريبية، ويُكتب بالعربية بأكثر من صورة (شويغو، شويجو).'
	},
	{
		id: 'sirghi',
		lemma: 'سِيرْغِي',
		root: null,
		pos: 'proper-noun',
		glosses: ['Sergei (Russian given name)'],
		uncertain: 'A transcribed foreign name: the Arabic vowels given are approximate.',
		definitionAr:
			'سِيرْغِي: اسم علم روسي مذكَّر؛ وهو في المقال الاسم الأول لوزير الدفاع الروسي سيرغي شويغو.',
		uncertainAr: 'اسم أجنبي منقول: الحركات العربية المثبتة تقريبية.'
	},
	{
		id: 'tahran',
		lemma: 'طَهْرَان',
		root: null,
		pos: 'proper-noun',
		glosses: ['Tehran'],
		note: 'A diptote: no tanwin, genitive with fatha (في طهرانَ).',
		definitionAr: 'طَهْرَان: عاصمة إيران وكبرى مدنها.',
		noteAr: 'ممنوع من الصرف: لا يُنوَّن، ويُجرّ بالفتحة (في طهرانَ).'
	},
	{
		id: 'urubba',
		lemma: 'أُورُوبَّا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Europe'],
		uncertain: 'Vocalized after Hans Wehr’s ūrubbā (doubled b); أُورُوبَا is also heard.',
		definitionAr:
			'أُورُوبَّا: قارَّة تقع شمال البحر المتوسط وغرب آسيا؛ ويُراد بها في المقال دولها، ولا سيما ألمانيا وفرنسا وبريطانيا.',
		uncertainAr: 'ضُبط على قراءة هانز فير بتشديد الباء؛ ويُسمع أيضًا «أُورُوبَا» بلا شدة.'
	}
] satisfies GlossaryEntry[];
