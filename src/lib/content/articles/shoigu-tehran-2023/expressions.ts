import type { Expression } from '../../schema';

/** Multi-word expressions, glossed as units. Tokens link here by id. */
export const expressions = [
	{
		id: 'air-defence',
		text: 'الدفاع الجوي',
		vocalized: 'الدِّفَاعُ الْجَوِّيُّ',
		gloss: 'air defence',
		definitionAr:
			'حماية الأجواء من الطائرات والصواريخ المعادية، وتُطلق أيضًا على الأسلحة التي تتصدى لها',
		note: 'أنظمة الدفاع الجوي "air defence systems".',
		noteAr: 'ومنه «أنظمة الدفاع الجوي»: المنظومات التي تتصدى للطائرات والصواريخ.'
	},
	{
		id: 'between-the-two-countries',
		text: 'بين البلدين',
		vocalized: 'بَيْنَ الْبَلَدَيْنِ',
		gloss: 'between the two countries',
		definitionAr: 'بين الدولتين المذكورتين',
		note: 'The usual way to refer back to two countries just named; البلدين is a genitive dual after بين. Often with التعاون / العلاقات: “bilateral cooperation / relations”.',
		noteAr:
			'الطريقة المعتادة للإشارة إلى دولتين ذُكرتا قبلُ؛ و«البلدين» مثنى مجرور بالياء، مضاف إليه بعد الظرف «بين». ويكثر مع «التعاون» و«العلاقات»: التعاون بين البلدين، أي التعاون الثنائي.'
	},
	{
		id: 'by-virtue-of',
		text: 'بموجب',
		vocalized: 'بِمُوجِبِ',
		gloss: 'under, by virtue of, in accordance with (an agreement, a law)',
		definitionAr: 'وَفْقًا لـ، بمقتضى (اتفاق أو قانون)',
		note: 'Read bi-mūjibi (Hans Wehr) or bi-mūjabi; followed by a genitive.',
		noteAr: 'تُقرأ «بِمُوجِبِ» (كما في معجم هانز فير) أو «بِمُوجَبِ»، ويليها اسم مجرور.'
	},
	{
		id: 'defence-minister',
		text: 'وزير الدفاع',
		vocalized: 'وَزِيرُ الدِّفَاعِ',
		gloss: 'minister of defence, defence minister',
		definitionAr: 'الوزير المسؤول عن الجيش وشؤون الدفاع في الدولة',
		note: 'An idafa: the nationality adjective comes after the whole phrase and agrees with وزير: وزيرُ الدفاعِ الروسيُّ "the Russian defence minister".',
		noteAr:
			'تركيب إضافي، والنعت الدال على البلد يأتي بعد التركيب كله ويطابق «وزير» في إعرابه: وزيرُ الدفاعِ الروسيُّ.'
	},
	{
		id: 'despite',
		text: 'على الرغم من',
		vocalized: 'عَلَى الرَّغْمِ مِنْ',
		gloss: 'despite, in spite of',
		definitionAr: 'مع وجود ما يعارض أو يمنع؛ أي أنّ ما بعدها لم يَحُلْ دون ما قبلها',
		note: 'Also written بالرغم من or رغم. Followed by a noun in the genitive.',
		noteAr: 'ويقال أيضًا «بالرغم من» و«رغم»، ويليها اسم مجرور.'
	},
	{
		id: 'destabilization',
		text: 'زعزعة الاستقرار',
		vocalized: 'زَعْزَعَةُ الِاسْتِقْرَارِ',
		gloss: 'destabilization (lit. "shaking stability")',
		definitionAr: 'إضعاف الاستقرار والأمن وإحداث الاضطراب',
		note: 'Often with لـ: السبب الرئيسي لزعزعة الاستقرار "the main cause of destabilization".',
		noteAr: 'وكثيرًا ما تأتي بعد اللام: «السبب الرئيسي لزعزعة الاستقرار».'
	},
	{
		id: 'drones',
		text: 'الطائرات المسيرة',
		vocalized: 'الطَّائِرَاتُ الْمُسَيَّرَةُ',
		gloss: 'drones, remotely piloted aircraft',
		definitionAr: 'طائرات تُوجَّه عن بُعد وليس على متنها طيّار',
		note: 'Literally "the steered aircraft"; often shortened to المسيّرات. A synonym is الطائرات بدون طيار "unmanned aircraft".',
		noteAr:
			'معناها الحرفي «الطائرات التي تُسيَّر (تُوجَّه)»، وكثيرًا ما تُختصر إلى «المسيّرات»، ومرادفها «الطائرات بدون طيار».'
	},
	{
		id: 'for-his-part',
		text: 'بدوره',
		vocalized: 'بِدَوْرِهِ',
		gloss: 'for his part; in turn',
		definitionAr: 'من جهته؛ تُقال عند الانتقال إلى ما قاله أو فعله طرف آخر',
		note: 'One written word: بِـ + دَوْر “role” + ـهِ “his”. Feminine بدورها.',
		noteAr: 'كلمة واحدة في الكتابة: بِـ + «دَوْر» + ـهِ (ضمير الغائب)، ومؤنثها «بدورها».'
	},
	{
		id: 'forward',
		text: 'الى الأمام',
		vocalized: 'إِلَى الْأَمَامِ',
		readAs: 'إلى الأمام',
		gloss: 'forward (تقدّم إلى الأمام: to move forward, make progress)',
		definitionAr: 'نحو الأمام؛ «تقدّم إلى الأمام»: مضى وأحرز تقدمًا',
		note: 'The article writes الى without hamza for إلى.',
		noteAr: 'كتب المقال «الى» بلا همزة، والصواب «إلى».'
	},
	{
		id: 'futility',
		text: 'عدم جدواه',
		vocalized: 'عَدَمُ جَدْوَاهُ',
		gloss: 'its futility, its uselessness (lit. "the lack of its use")',
		definitionAr: 'انعدام فائدته، أي أنه لا ينفع',
		note: 'عَدَم + noun makes a negative noun ("non-", "lack of"); عدم جدوى "futility".',
		noteAr: '«عَدَم» مضافًا إلى اسم يدل على نفيه وانعدامه؛ و«عدم جدوى» الشيء: انعدام فائدته.'
	},
	{
		id: 'hold-talks',
		text: 'إجراء محادثات',
		vocalized: 'إِجْرَاءُ مُحَادَثَاتٍ',
		gloss: 'holding talks (لإجراء محادثات: to hold talks)',
		definitionAr: 'عقد محادثات (مباحثات)؛ «لإجراء محادثات»: من أجل عقد محادثات',
		note: 'أجرى محادثات مع "to hold talks with".',
		noteAr: '«أجرى محادثات مع فلان»: عقد معه محادثات.'
	},
	{
		id: 'in-a-related-context',
		text: 'في سياقٍ متصل',
		vocalized: 'فِي سِيَاقٍ مُتَّصِلٍ',
		gloss: 'in a related context; in a related development',
		definitionAr: 'في أمر متصل بما سبق؛ عبارة ينتقل بها الخبر إلى تطور ذي صلة',
		note: 'A news transition; in the article it is preceded by وَ.',
		noteAr: 'عبارة انتقال في لغة الأخبار، وتسبقها في المقال الواو: «وفي سياقٍ متصل».'
	},
	{
		id: 'in-addition',
		text: 'إلى ذلك',
		vocalized: 'إِلَى ذَٰلِكَ',
		gloss: 'in addition, besides; meanwhile',
		definitionAr: 'إضافةً إلى ما سبق؛ وقد تعني: في الوقت نفسه',
		note: 'A news transition opening a new paragraph.',
		noteAr: 'عبارة انتقال في لغة الأخبار تُفتتح بها فقرة جديدة.'
	},
	{
		id: 'in-addition-to',
		text: 'إضافةً إلى',
		vocalized: 'إِضَافَةً إِلَى',
		gloss: 'in addition to, as well as',
		definitionAr: 'فضلًا عن، علاوةً على',
		note: 'Also بالإضافة إلى; followed by a noun in the genitive.',
		noteAr: 'ويقال أيضًا «بالإضافة إلى»، ويليها اسم مجرور.'
	},
	{
		id: 'in-the-meantime',
		text: 'في الأثناء',
		vocalized: 'فِي الْأَثْنَاءِ',
		gloss: 'meanwhile, in the meantime',
		definitionAr: 'في الوقت نفسه، وفي أثناء ذلك',
		note: 'Also في هذه الأثناء; في أثناء + noun means "during".',
		noteAr: 'ويقال أيضًا «في هذه الأثناء»؛ أما «في أثناء» + اسم فمعناها «خلال».'
	},
	{
		id: 'intensively',
		text: 'بشكلٍ مكثّف',
		vocalized: 'بِشَكْلٍ مُكَثَّفٍ',
		gloss: 'intensively',
		definitionAr: 'بكثافة، بصورة مكثفة ومتواصلة',
		note: 'بشكل + adjective ("in a … way") is the usual news way to make an adverb: بشكل كبير "greatly", بشكل مكثف "intensively".',
		noteAr:
			'«بشكل» + صفة طريقة شائعة في لغة الأخبار لبيان كيفية الفعل: «بشكل كبير» (كثيرًا)، «بشكل مكثف» (بكثافة).'
	},
	{
		id: 'iranian-made',
		text: 'الإيرانية الصنع',
		vocalized: 'الْإِيرَانِيَّةُ الصُّنْعِ',
		gloss: 'Iranian-made (lit. "Iranian of make")',
		definitionAr: 'مصنوعة في إيران، من صنع إيران',
		note: 'An adjectival (improper) idafa: the nisba adjective agrees with the noun it describes in case, gender and definiteness, and الصنع stays genitive: الصواريخَ الإيرانيةَ الصنعِ, أنظمةِ الدفاع الجوي الإيرانيةِ الصنعِ.',
		noteAr:
			'إضافة لفظية (غير محضة): يطابق الاسم المنسوب موصوفه في الإعراب والتذكير والتأنيث والتعريف، ويبقى «الصنع» مجرورًا: الصواريخَ الإيرانيةَ الصنعِ، أنظمةِ الدفاع الجوي الإيرانيةِ الصنعِ.'
	},
	{
		id: 'jcpoa',
		text: 'خطة العمل الشاملة المشتركة',
		vocalized: 'خُطَّةِ الْعَمَلِ الشَّامِلَةِ الْمُشْتَرَكَةِ',
		gloss: 'the Joint Comprehensive Plan of Action (JCPOA), the 2015 Iran nuclear agreement',
		definitionAr:
			'الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى سنة 2015، يقيّد برنامجها النووي مقابل رفع العقوبات عنها',
		note: 'Literally “the comprehensive joint plan of action”; vocalized as in the article (genitive after بموجب). Often just الاتفاق النووي “the nuclear agreement”.',
		noteAr:
			'شُكلت كما وردت في المقال (مجرورة بعد «بموجب»)، وكثيرًا ما يُكتفى بتسميتها «الاتفاق النووي».'
	},
	{
		id: 'joint-action',
		text: 'العمل المشترك',
		vocalized: 'الْعَمَلُ الْمُشْتَرَكُ',
		gloss: 'joint action, joint work',
		definitionAr: 'العمل الذي يشترك فيه طرفان أو أكثر، التعاون',
		note: 'Common in diplomatic reporting: مستعدون لمزيد من العمل المشترك "ready for more joint action".',
		noteAr: 'شائعة في الأخبار الدبلوماسية: «مستعدون لمزيد من العمل المشترك».'
	},
	{
		id: 'middle-east',
		text: 'الشرق الأوسط',
		vocalized: 'الشَّرْقُ الْأَوْسَطُ',
		gloss: 'the Middle East',
		definitionAr: 'المنطقة الممتدة من مصر وبلاد الشام إلى الخليج وإيران',
		note: 'Literally "the middle East": شَرْق "east" + the elative أَوْسَط "middle". The adjective always follows and agrees: في الشرقِ الأوسطِ.',
		noteAr:
			'تركيب وصفي: «شَرْق» + اسم التفضيل «أَوْسَط»، والنعت يأتي بعده دائمًا مطابقًا له: في الشرقِ الأوسطِ.'
	},
	{
		id: 'military-industrial-complex',
		text: 'المجمع الصناعي العسكري',
		vocalized: 'الْمُجَمَّعُ الصِّنَاعِيُّ الْعَسْكَرِيُّ',
		gloss: 'the military-industrial complex',
		definitionAr: 'مجموع المصانع والمؤسسات التي تنتج السلاح والعتاد العسكري للدولة',
		note: 'مُجَمَّع "complex" (not مَجْمَع "academy") followed by two nisba adjectives.',
		noteAr: '«مُجَمَّع» أي مجموعة منشآت (لا «مَجْمَع» بمعنى المجمع العلمي أو اللغوي)، ويليه نعتان منسوبان.'
	},
	{
		id: 'more-of',
		text: 'لمزيد من',
		vocalized: 'لِمَزِيدٍ مِنَ',
		gloss: 'for more (of), for further',
		definitionAr: 'من أجل المزيد من، لزيادةٍ في',
		note: 'مزيد من + noun "more …, further …"; مِنْ is read مِنَ before the article.',
		noteAr: '«مزيد من» + اسم: زيادة فيه وأكثر منه؛ وتُقرأ «مِنْ» بالفتح «مِنَ» قبل «ال».'
	},
	{
		id: 'multipolar',
		text: 'متعدّد الأقطاب',
		vocalized: 'مُتَعَدِّدِ الْأَقْطَابِ',
		gloss: 'multipolar (lit. “having many poles”)',
		definitionAr: 'فيه أكثر من قوة كبرى، فلا تنفرد فيه دولة واحدة بالهيمنة',
		note: 'An adjective in improper idafa; the first word agrees with its noun in case: نظامٍ متعددِ الأقطاب. Compare عالم متعدد الأقطاب “a multipolar world”.',
		noteAr:
			'نعت في إضافة لفظية (غير محضة)، يطابق جزؤه الأول موصوفه في الإعراب: نظامٍ متعددِ الأقطاب. وقارن: «عالَم متعدد الأقطاب».'
	},
	{
		id: 'on-the-basis-of',
		text: 'على أساس',
		vocalized: 'عَلَى أَسَاسِ',
		gloss: 'on the basis of',
		definitionAr: 'بناءً على، انطلاقًا من'
	},
	{
		id: 'on-the-sidelines-of',
		text: 'على هامش',
		vocalized: 'عَلَى هَامِشِ',
		gloss: 'on the sidelines of (a visit, a conference)',
		definitionAr: 'في أثناء حدث (زيارة أو مؤتمر)، خارج برنامجه الرئيسي',
		note: 'Literally "on the margin of"; followed by a noun in the genitive: على هامش الزيارة.',
		noteAr: 'معناها الحرفي «على حافة الشيء وطرفه»، ويليها اسم مجرور: على هامش الزيارة.'
	},
	{
		id: 'planned-for',
		text: 'المخطط لها',
		vocalized: 'الْمُخَطَّطُ لَهَا',
		gloss: 'planned (lit. "planned for them")',
		definitionAr: 'التي وُضعت لها خطة، المقرَّرة',
		note: 'The passive participle of خَطَّطَ لـ keeps its preposition; the pronoun refers back to the noun (الأنشطة), and the participle stays masculine singular.',
		noteAr:
			'اسم المفعول من «خطّط لـ» يحتفظ بحرف الجر، والضمير يعود على الاسم الموصوف («الأنشطة»)، ويبقى اسم المفعول مفردًا مذكرًا.'
	},
	{
		id: 'red-lines',
		text: 'الخطوط الحمراء',
		vocalized: 'الْخُطُوطِ الْحَمْرَاءِ',
		gloss: 'red lines (limits that must not be crossed)',
		definitionAr: 'حدود لا يُسمح بتجاوزها',
		note: 'Vocalized as in the article (genitive). Singular: خَطّ أَحْمَر.',
		noteAr: 'شُكلت كما وردت في المقال (مجرورة)؛ والمفرد: خَطّ أَحْمَر.'
	},
	{
		id: 'regarding',
		text: 'بشأن',
		vocalized: 'بِشَأْنِ',
		gloss: 'regarding, concerning, about',
		definitionAr: 'حول، فيما يتعلق بـ، عن',
		note: 'One written word: بِـ + شَأْن “matter”, followed by a genitive.',
		noteAr: 'كلمة واحدة في الكتابة: بِـ + «شَأْن» (الأمر)، ويليها اسم مجرور.'
	},
	{
		id: 'russian-iranian',
		text: 'الروسي الإيراني',
		vocalized: 'الرُّوسِيُّ الْإِيرَانِيُّ',
		gloss: 'Russian-Iranian',
		definitionAr: 'بين روسيا وإيران، يجمع البلدين',
		note: 'Two nisba adjectives in a row make a compound adjective ("Russian-Iranian"); both agree with the noun in case and gender: الحوارَ الروسيَّ الإيرانيَّ, التعاونُ الروسيُّ الإيرانيُّ.',
		noteAr:
			'اسمان منسوبان متتاليان يؤلفان وصفًا مركّبًا، ويطابق كلاهما الموصوف في الإعراب والتذكير والتأنيث: الحوارَ الروسيَّ الإيرانيَّ، التعاونُ الروسيُّ الإيرانيُّ.'
	},
	{
		id: 'stir-up-chaos',
		text: 'إثارة الفوضى',
		vocalized: 'إِثَارَةُ الْفَوْضَى',
		gloss: 'stirring up chaos, sowing disorder',
		definitionAr: 'إحداث الاضطراب ونشر الفوضى'
	},
	{
		id: 'strengthen-military-relations',
		text: 'تعزيز العلاقات العسكرية',
		vocalized: 'تَعْزِيزُ الْعَلَاقَاتِ الْعَسْكَرِيَّةِ',
		gloss: 'strengthening military relations (ties)',
		definitionAr: 'تقوية الصلات العسكرية وتوثيقها',
		note: 'تعزيز (verbal noun of عَزَّزَ) + its object in idafa; often after بهدف "with the aim of" or لـ "to".',
		noteAr: '«تعزيز» (مصدر «عَزَّزَ») مضاف إلى مفعوله في المعنى؛ ويكثر بعد «بهدف» أو اللام: لتعزيز.'
	},
	{
		id: 'territorial-integrity',
		text: 'وحدة أراضي',
		vocalized: 'وَحْدَةِ أَرَاضِي',
		gloss: 'the territorial integrity (of) (lit. “the unity of the lands of”)',
		definitionAr: 'سلامة أرض الدولة من التقسيم أو اقتطاع شيء منها',
		note: 'Also وحدة الأراضي and السلامة الإقليمية “territorial integrity”.',
		noteAr: 'ويقال أيضًا «وحدة الأراضي» و«السلامة الإقليمية».'
	},
	{
		id: 'unmanned-aircraft',
		text: 'الطائرات بدون طيار',
		vocalized: 'الطَّائِرَاتُ بِدُونِ طَيَّارٍ',
		gloss: 'unmanned aircraft, drones',
		definitionAr: 'طائرات ليس على متنها طيار، تُوجَّه عن بُعد',
		note: 'Literally "aircraft without a pilot"; a synonym of الطائرات المسيّرة.',
		noteAr: 'أي طائرات تطير دون أن يقودها طيّار على متنها؛ وهي مرادفة لـ«الطائرات المسيّرة».'
	},
	{
		id: 'with-great-pleasure',
		text: 'بكل سرور',
		vocalized: 'بِكُلِّ سُرُورٍ',
		gloss: 'with great pleasure, gladly',
		definitionAr: 'بسرور بالغ، عن طيب خاطر',
		note: 'Literally "with all pleasure".',
		noteAr: 'أي: بسرور تامّ لا ينقصه شيء.'
	}
] satisfies Expression[];
