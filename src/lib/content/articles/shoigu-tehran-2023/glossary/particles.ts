import type { GlossaryEntry } from '../../../schema';

/** Prepositions, conjunctions, particles, pronouns, adverbs and other function words. */
export const particles = [
	{
		id: 'ala',
		lemma: 'عَلَى',
		root: null,
		pos: 'preposition',
		glosses: [
			'on, upon (pressure on)',
			'despite (in على الرغم من)',
			'on (على أساس: on the basis of; على هامش: on the sidelines of)',
			'against, over'
		],
		note: 'Also governed by verbs and verbal nouns: أكّد على “to stress”, تعرّف على “to get to know”, الحفاظ على “preserving”.',
		definitionAr:
			'عَلَى: حرف جر يدل على الاستعلاء (الضغط على روسيا)؛ ويأتي في عبارات ثابتة: «على الرغم من» (مع وجود)، «على أساس» (بناءً على)، «على هامش» (في أثناء)؛ ويدل على المخالفة والضرر.',
		noteAr:
			'وتتعدّى به أفعال ومصادر: «أكّد على» (شدَّد على)، «تعرّف على» (عرف واطَّلع)، «الحفاظ على» (الصون).'
	},
	{
		id: 'alladhi',
		lemma: 'الَّذِي',
		root: null,
		pos: 'relative',
		glosses: ['who, which, that (masculine singular)'],
		note: 'Feminine الَّتِي; used only after a definite noun.',
		definitionAr: 'الَّذِي: اسم موصول للمفرد المذكَّر، يصل ما قبله بجملة تصفه (المعرض الذي عرض...).',
		noteAr: 'مؤنثه «الَّتِي»؛ ولا يصف إلا اسمًا معرفة (أما النكرة فتوصف بالجملة مباشرة، بلا اسم موصول).'
	},
	{
		id: 'amam',
		lemma: 'أَمَام',
		root: 'أمم',
		pattern: 'فَعَال',
		pos: 'adverb',
		glosses: ['front (إلى الأمام: forward)', 'in front of, before (أَمَامَ)'],
		definitionAr:
			'الأَمَام: جهة القُدَّام (إلى الأمام: تقدُّمًا ومضيًّا)؛ و«أَمَامَ» ظرف مكان بمعنى قُدَّام، خلاف وراء.'
	},
	{
		id: 'an',
		lemma: 'عَنْ',
		root: null,
		pos: 'preposition',
		glosses: [
			'about, of (أعرب عن “to express”, أعلن عن “to announce”)',
			'from, on the authority of (نقل عن “to quote”)',
			'from, away from'
		],
		definitionAr:
			'عَنْ: حرف جر؛ يأتي بعد أفعال الإظهار: «أعرب عن» (عبَّر)، «أعلن عن» (أذاع)؛ ويدل على الرواية: «نقل عن فلان» (رواه عنه)؛ ويدل على المجاوزة والبُعد.'
	},
	{
		id: 'anna',
		lemma: 'أَنَّ',
		root: null,
		pos: 'particle',
		glosses: ['that (introduces a clause; its subject takes the accusative)'],
		note: 'Introduces a clause after verbs such as أشار إلى, اعتبر; the noun after it is accusative (أنّ الحوارَ …). After قال, and at the start of quoted speech, the form is إِنَّ.',
		definitionAr:
			'أَنَّ: حرف توكيد ونصب، يُؤوَّل مع ما بعده بمصدر، ينصب الاسم ويرفع الخبر (أشار إلى أنّ الحوارَ يتطور).',
		noteAr:
			'تُفتتح بها جملة بعد أفعال مثل «أشار إلى» و«اعتبر»، وينتصب الاسم بعدها (أنّ الحوارَ...). وبعد «قال» وفي أول الكلام المنقول تُكسر الهمزة: «إِنَّ».'
	},
	{
		id: 'aydan',
		lemma: 'أَيْضًا',
		root: 'أيض',
		pos: 'adverb',
		glosses: ['also, too', 'likewise'],
		definitionAr: 'أَيْضًا: كذلك، زيادةً على ما سبق (ناقش الطرفان أيضًا)؛ بالمثل.'
	},
	{
		id: 'bayna',
		lemma: 'بَيْنَ',
		root: 'بين',
		pos: 'preposition',
		glosses: ['between', 'among'],
		definitionAr:
			'بَيْنَ: ظرف يدل على التوسُّط بين شيئين أو أكثر (بين البلدين)؛ وبمعنى «وسط» و«من جملة».'
	},
	{
		id: 'baynama',
		lemma: 'بَيْنَمَا',
		root: 'بين',
		pos: 'conjunction',
		glosses: ['while, whereas'],
		note: 'بَيْنَ + the particle مَا.',
		definitionAr:
			'بَيْنَمَا: أداة تربط بين جملتين متزامنتين أو متقابلتين، بمعنى: في حين أنّ، في الوقت الذي.',
		noteAr: 'مركَّبة من «بَيْنَ» و«مَا».'
	},
	{
		id: 'dhalika',
		lemma: 'ذَٰلِكَ',
		root: null,
		pos: 'demonstrative',
		glosses: ['that'],
		note: 'إلى ذلك “in addition, besides” (news transition).',
		definitionAr: 'ذَٰلِكَ: اسم إشارة للمفرد المذكَّر البعيد (إلى ذلك: فضلًا عن ذلك).',
		noteAr: '«إلى ذلك»: فضلًا عن ذلك، وهي عبارة انتقال في الأخبار.'
	},
	{
		id: 'didd',
		lemma: 'ضِدّ',
		root: 'ضدد',
		pos: 'preposition',
		plurals: ['أَضْدَاد'],
		glosses: ['against', 'opposite, contrary (as a noun)'],
		note: 'As a preposition it is the accusative ضِدَّ + genitive; the plural belongs to the noun sense.',
		definitionAr:
			'ضِدَّ: اسم منصوب على الظرفية بمعنى «في مواجهة» و«خلافًا لـ» (ضد التوجهات الأحادية)؛ والضِّدُّ اسمًا: المخالف والمقابل، وجمعه أضداد.',
		noteAr:
			'إذا استُعمل استعمال حرف الجر كان منصوبًا «ضِدَّ» وما بعده مجرور بالإضافة؛ والجمع «أضداد» للاسم لا للظرف.'
	},
	{
		id: 'dimna',
		lemma: 'ضِمْنَ',
		root: 'ضمن',
		pos: 'preposition',
		glosses: ['as part of, within', 'among, included in'],
		note: 'The accusative of ضِمْن "inside" used as a preposition.',
		definitionAr: 'ضِمْنَ: في داخل الشيء ومن جملته (ضمن معرض: في معرض)؛ ومن بين.',
		noteAr: 'هو «ضِمْن» (داخل الشيء) منصوبًا، يُستعمل استعمال حرف الجر.'
	},
	{
		id: 'duna',
		lemma: 'دُونَ',
		root: 'دون',
		pos: 'preposition',
		glosses: ['without (also بِدُونِ, مِن دُونِ)', 'below, beneath', 'short of'],
		note: 'بدون طيار "without a pilot, unmanned".',
		definitionAr: 'دُونَ: (بِدُونِ، مِن دُونِ) بلا، مع انعدام الشيء؛ وظرف بمعنى تحت وأسفل؛ وبمعنى أقلَّ من.',
		noteAr: '«بدون طيار»: بلا طيار يقودها.'
	},
	{
		id: 'fi',
		lemma: 'فِي',
		root: null,
		pos: 'preposition',
		glosses: ['in', 'at', 'during', 'about'],
		definitionAr:
			'فِي: حرف جر يدل على الظرفية المكانية أو الزمانية (في طهران، في اجتماع)؛ وبمعنى «خلال»؛ وبمعنى «عن» و«بشأن».'
	},
	{
		id: 'huwa',
		lemma: 'هُوَ',
		root: null,
		pos: 'pronoun',
		glosses: ['he, it (here a separating pronoun: ‘is’)'],
		definitionAr:
			'هُوَ: ضمير منفصل للمفرد المذكَّر الغائب؛ ويأتي ضميرَ فصلٍ بين المبتدأ والخبر لتوكيد الإسناد (الحفاظ على وحدة أراضي دول المنطقة... هو أحد الخطوط الحمراء).'
	},
	{
		id: 'ila',
		lemma: 'إِلَى',
		root: null,
		pos: 'preposition',
		glosses: [
			'to, towards',
			'after verbs: أشار إلى “point to”, هدف إلى “aim at”, وصل إلى “reach”',
			'until'
		],
		note: 'إلى ذلك “in addition, besides” links news paragraphs.',
		definitionAr:
			'إِلَى: حرف جر يدل على انتهاء الغاية في المكان أو الزمان (وصل إلى إيران)؛ ويأتي بعد أفعال: «أشار إلى» (نبَّه)، «هدف إلى» (قصد)، «وصل إلى» (بلغ)؛ وبمعنى «حتى».',
		noteAr: '«إلى ذلك»: فضلًا عن ذلك؛ عبارة تربط فقرات الخبر بعضها ببعض.'
	},
	{
		id: 'inna',
		lemma: 'إِنَّ',
		root: null,
		pos: 'particle',
		glosses: ['indeed, truly (its subject takes the accusative)'],
		note: 'After قال (and in quoted speech) a statement opens with إِنَّ; it is usually not translated.',
		definitionAr: 'إِنَّ: حرف توكيد ونصب، ينصب الاسم ويرفع الخبر، ويُفتتح به الكلام لتقوية الخبر.',
		noteAr:
			'بعد «قال» (وفي الكلام المنقول) تُفتتح الجملة بـ«إِنَّ»، ولا يقابلها في الترجمة الإنجليزية لفظ في الغالب.'
	},
	{
		id: 'khilala',
		lemma: 'خِلَالَ',
		root: 'خلل',
		pos: 'preposition',
		glosses: ['during', 'through, via'],
		note: 'The accusative of خِلَال "interval" used as a preposition; also مِن خلال "through, by means of".',
		definitionAr: 'خِلَالَ: ظرف بمعنى «في أثناء» (خلال العرض)؛ وبمعنى «عبر» و«عن طريق».',
		noteAr:
			'هو «خِلَال» (الفُرْجة بين الشيئين) منصوبًا، يُستعمل استعمال حرف الجر؛ ومنه «من خلال»: عن طريق، بواسطة.'
	},
	{
		id: 'li',
		lemma: 'لِ',
		root: null,
		pos: 'preposition',
		glosses: ['for, to', 'belonging to', 'in order to'],
		note: 'Written joined to the next word; becomes لَ before pronoun suffixes (لَهُ، لَهَا); لِ + الـ is written لِلْـ.',
		definitionAr:
			'لِ: حرف جر يدل على التعليل والغاية (لتعزيز الاستقرار: من أجل تعزيزه)، وعلى المِلك والاختصاص (خطوط حمراء لإيران)، وعلى انتهاء الغاية.',
		noteAr: 'يُكتب متصلًا بما بعده؛ ويُفتح مع الضمائر (لَهُ، لَهَا)؛ وإذا دخل على «الـ» كُتب «لِلْـ».'
	},
	{
		id: 'maa',
		lemma: 'مَعَ',
		root: null,
		pos: 'preposition',
		glosses: ['with', 'together with'],
		definitionAr: 'مَعَ: ظرف يدل على المصاحبة والاجتماع (اجتماع مع نظيره).'
	},
	{
		id: 'min',
		lemma: 'مِنْ',
		root: null,
		pos: 'preposition',
		glosses: ['of, from', 'some of (partitive)', 'than (after a comparative)'],
		note: 'Read مِنَ before the article (مِنَ الْعَمَلِ).',
		definitionAr:
			'مِنْ: حرف جر يدل على ابتداء الغاية (من خارج المنطقة)، وعلى التبعيض وبيان الجنس (مجموعة من الأنشطة)، وعلى المقارنة بعد اسم التفضيل.',
		noteAr: 'تُحرَّك نونه بالفتح قبل «الـ»: «مِنَ الْعَمَلِ».'
	}
] satisfies GlossaryEntry[];
