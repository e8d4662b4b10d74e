import type { GlossaryEntry } from '../../../schema';

/** Nouns (verbal nouns are in verbal-nouns.ts). */
export const nouns = [
	{
		id: 'adam',
		lemma: 'عَدَم',
		root: 'عدم',
		pattern: 'فَعَل',
		pos: 'noun',
		glosses: ['lack, absence; non-, not (before a noun or verbal noun)', 'nonexistence'],
		note: 'Verbal noun of عَدِمَ “to lack”, used to negate the noun after it: عدم جدوى “futility, uselessness”, عدم إلغاء “not lifting, non-cancellation”.',
		definitionAr:
			'عَدَم: انتفاء الشيء وفقدانه، ويأتي قبل الاسم أو المصدر لنفيه (عدم الإلغاء: ألّا يُلغى الشيء)؛ والعَدَم: خلاف الوجود.',
		noteAr:
			'مصدر الفعل «عَدِمَ» (فَقَدَ)، ويُستعمل لنفي الاسم الذي بعده: «عدم جدوى»: انتفاء الفائدة، «عدم إلغاء»: ترك الإلغاء.'
	},
	{
		id: 'ahad',
		lemma: 'أَحَد',
		root: 'وحد',
		pattern: 'فَعَل',
		pos: 'noun',
		glosses: ['one (of) (أحد + definite plural)', 'someone, anyone'],
		note: 'Hans Wehr lists أَحَد under و ح د (feminine إِحْدَى). أحد + a definite plural: أحد الخطوط الحمراء “one of the red lines”.',
		uncertain:
			'Root: Hans Wehr files أحد under وحد; the classical lexicons (Lisān al-ʿArab) also give it a root entry أ ح د.',
		definitionAr:
			'أَحَد: واحدٌ من جماعة (أحد الخطوط الحمراء: خطٌّ منها)؛ وإنسانٌ ما (هل جاء أحد؟ لم يأتِ أحد).',
		noteAr:
			'يذكر هانز فير «أَحَد» تحت الجذر و ح د (ومؤنثه «إِحْدَى»). «أحد» + جمع معرَّف: «أحد الخطوط الحمراء»: واحد من الخطوط الحمراء.',
		uncertainAr:
			'الجذر: يضع هانز فير «أحد» تحت و ح د، وتُفرد له المعاجم القديمة (لسان العرب) مادةً خاصة أيضًا هي أ ح د.'
	},
	{
		id: 'ahammiyya',
		lemma: 'أَهَمِّيَّة',
		root: 'همم',
		pos: 'noun',
		glosses: ['importance, significance'],
		definitionAr: 'أَهَمِّيَّة: كون الأمر ذا شأن وقيمة يستحق العناية به؛ خطورة الشيء وشأنه.'
	},
	{
		id: 'alaqa',
		lemma: 'عَلَاقَة',
		root: 'علق',
		pattern: 'فَعَالَة',
		pos: 'noun',
		plurals: ['عَلَاقَات'],
		glosses: ['relation, relationship (pl. relations, ties)', 'connection'],
		note: 'Also vowelled عِلَاقَة; عَلَاقَة is the usual form for “relation”. The plural العلاقات is “relations, ties” between states.',
		definitionAr:
			'عَلَاقَة: صلة ورابطة بين شخصين أو طرفين (العلاقات العسكرية: الروابط والصلات بين الدول في شؤون الجيش)؛ والارتباط بين الأشياء.',
		noteAr:
			'وتُضبط أيضًا «عِلَاقَة»؛ و«عَلَاقَة» هي الضبط المعتاد بمعنى الصلة. والجمع «العلاقات»: الروابط والصلات بين الدول.'
	},
	{
		id: 'amal',
		lemma: 'عَمَل',
		root: 'عمل',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَعْمَال'],
		glosses: ['action, work (خطة العمل: plan of action)', 'act, deed', 'job, employment'],
		note: 'Also the verbal noun of عَمِلَ "to work".',
		definitionAr:
			'عَمَل: فعلٌ ونشاط يقوم به الإنسان أو جماعة (العمل المشترك، خطة العمل)؛ والصنيع؛ والمهنة والوظيفة.',
		noteAr: 'وهو أيضًا مصدر الفعل «عَمِلَ».'
	},
	{
		id: 'amin',
		lemma: 'أَمِين',
		root: 'أمن',
		pattern: 'فَعِيل',
		pos: 'noun',
		plurals: ['أُمَنَاء'],
		glosses: [
			'secretary (of a council or organization)',
			'trustworthy, faithful',
			'custodian, keeper'
		],
		note: 'أمين عام "secretary-general"; أمين المجلس "secretary of the council".',
		definitionAr:
			'أَمِين: من يتولى أمانة سرِّ مجلس أو هيئة ويدير شؤونها (أمين المجلس الأعلى)؛ والموثوق الذي يؤدي الأمانة؛ والحافظ القيِّم على الشيء.',
		noteAr: '«أمين عام»: من يرأس أمانة هيئة أو منظمة؛ «أمين المجلس»: أمين سرِّه ومدير شؤونه.'
	},
	{
		id: 'amn',
		lemma: 'أَمْن',
		root: 'أمن',
		pattern: 'فَعْل',
		pos: 'noun',
		glosses: ['security', 'safety'],
		note: 'الأمن القومي "national security"; الاستقرار والأمن "stability and security".',
		definitionAr:
			'أَمْن: حماية البلاد والناس من الأخطار، والطمأنينة وزوال الخوف (الأمن القومي)؛ والسلامة.',
		noteAr: 'من تراكيبه: «الأمن القومي» (أمن الدولة)، و«الاستقرار والأمن».'
	},
	{
		id: 'ard',
		lemma: 'أَرْض',
		root: 'أرض',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['أَرَاضٍ'],
		glosses: ['land, territory (pl. أراضي: territories)', 'earth, ground'],
		note: 'The plural أَرَاضٍ is written أراضي when definite or in idafa.',
		definitionAr:
			'أَرْض: إقليمٌ تملكه دولة أو جماعة، والجمع أراضٍ (وحدة أراضي الدول: سلامة أقاليمها)؛ والأرض أيضًا: الكوكب الذي نعيش عليه، وسطحه الذي نمشي عليه.',
		noteAr: 'الجمع «أَرَاضٍ» يُكتب «أراضي» إذا عُرِّف بأل أو أُضيف.'
	},
	{
		id: 'asas',
		lemma: 'أَسَاس',
		root: 'أسس',
		pattern: 'فَعَال',
		pos: 'noun',
		plurals: ['أُسُس'],
		glosses: ['basis, foundation'],
		definitionAr: 'أَسَاس: أصل الشيء وقاعدته التي يُبنى عليها (على أساس كذا: بناءً عليه).'
	},
	{
		id: 'asima',
		lemma: 'عَاصِمَة',
		root: 'عصم',
		pattern: 'فَاعِلَة',
		pos: 'noun',
		plurals: ['عَوَاصِم'],
		glosses: ['capital (city)'],
		note: 'العاصمة طهران "the capital, Tehran": the name follows in apposition.',
		definitionAr: 'عَاصِمَة: المدينة التي تتخذها الدولة مقرًّا لحكومتها.',
		noteAr: '«العاصمة طهران»: يأتي الاسم بعدها بدلًا منها.'
	},
	{
		id: 'athna',
		lemma: 'أَثْنَاء',
		root: 'ثني',
		pos: 'noun',
		glosses: ['course, midst (في أثناء: during)', 'meanwhile (في الأثناء)'],
		note: 'Plural of ثِنْي “fold” (Hans Wehr, under ثنى); listed as its own lemma because it is used only in set phrases: في أثناء / أثناءَ “during”, في الأثناء / في هذه الأثناء “meanwhile”.',
		pattern: 'أَفْعَال',
		definitionAr:
			'أَثْنَاء: خلال الشيء ووسطه (في أثناء كذا: في خلاله)؛ و«في الأثناء»: في ذلك الوقت نفسه.',
		noteAr:
			'جمع «ثِنْي» بمعنى الطَّيَّة (هانز فير، تحت ثنى)؛ وأُفرد مدخلًا مستقلًّا لأنه لا يُستعمل إلا في عبارات ثابتة: «في أثناء» و«أثناءَ» بمعنى خلال، و«في الأثناء» و«في هذه الأثناء» بمعنى في ذلك الوقت.'
	},
	{
		id: 'ayy',
		lemma: 'أَيّ',
		root: null,
		pos: 'noun',
		glosses: ['any (أيّ + indefinite genitive)', 'which?, what?'],
		note: 'Declinable: لِأَيِّ تَوَاجُدٍ “to any presence”.',
		definitionAr:
			'أَيّ: اسمٌ يدل على العموم (أيّ + نكرة مجرورة: كلُّ ... كائنًا ما كان، لأيِّ تواجد)؛ ويُستفهم به عن التعيين (أيُّ كتاب؟).',
		noteAr: 'اسمٌ مُعرَب: «لِأَيِّ تَوَاجُدٍ».'
	},
	{
		id: 'bad',
		lemma: 'بَعْض',
		root: 'بعض',
		pattern: 'فَعْل',
		pos: 'noun',
		glosses: ['some (of), certain', 'part'],
		definitionAr: 'بَعْض: طائفةٌ غير محدَّدة من الشيء أو الأشياء (بعض الدول)؛ وجزء من الشيء.'
	},
	{
		id: 'balad',
		lemma: 'بَلَد',
		root: 'بلد',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['بِلَاد', 'بُلْدَان'],
		glosses: ['country', 'town, place'],
		note: 'The plural بِلَاد is very often used for a single country, “homeland”: بلاده “his country”. The dual: بين البلدين “between the two countries”. The plural بُلْدَان “countries”: unvowelled, البلدان could also be the nominative dual الْبَلَدَانِ, but after a noun in idafa only the plural fits (the dual would be البلدين).',
		definitionAr:
			'بَلَد: دولة أو وطن (بين البلدين: بين الدولتين)؛ والبلد أيضًا: المدينة أو المكان المأهول.',
		noteAr:
			'يكثر استعمال الجمع «بِلَاد» لبلد واحد بمعنى الوطن: «بلاده»: وطنه. والمثنى: «بين البلدين». والجمع «بُلْدَان» بمعنى الدول: إذا لم تُضبط «البلدان» جاز أن تكون المثنى المرفوع «الْبَلَدَانِ»، لكن بعد اسم مضاف لا يصح إلا الجمع (إذ يكون المثنى «البلدين»).'
	},
	{
		id: 'dawla',
		lemma: 'دَوْلَة',
		root: 'دول',
		pattern: 'فَعْلَة',
		pos: 'noun',
		plurals: ['دُوَل'],
		glosses: ['state, country', 'power (a state)'],
		definitionAr:
			'دَوْلَة: شعبٌ يقيم على إقليم محدَّد وتحكمه سلطة ذات سيادة؛ بلد؛ وقوةٌ من القوى السياسية (دولة كبرى).'
	},
	{
		id: 'dawr',
		lemma: 'دَوْر',
		root: 'دور',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['أَدْوَار'],
		glosses: ['role, part (بِدَوْرِهِ: for his part)', 'turn', 'period, phase'],
		note: 'بدوره / بدورها “for his / her part” introduces the other side’s reply in news reports.',
		definitionAr:
			'دَوْر: الموقع أو الوظيفة التي يشغلها المرء في أمر (بدوره: من جهته)؛ والنَّوبة؛ والمرحلة والحقبة.',
		noteAr: '«بدوره» و«بدورها»: من جهته ومن جهتها؛ تُقدِّم ردَّ الطرف الآخر في التقارير الإخبارية.'
	},
	{
		id: 'fawda',
		lemma: 'فَوْضَى',
		root: 'فوض',
		pos: 'noun',
		glosses: ['chaos, disorder', 'anarchy'],
		definitionAr: 'فَوْضَى: اضطراب واختلاط وانعدام النظام؛ وغياب السلطة والقانون.'
	},
	{
		id: 'fursa',
		lemma: 'فُرْصَة',
		root: 'فرص',
		pattern: 'فُعْلَة',
		pos: 'noun',
		plurals: ['فُرَص'],
		glosses: ['opportunity, chance'],
		definitionAr: 'فُرْصَة: وقتٌ أو ظرفٌ مناسب يمكن فيه تحقيق أمر.'
	},
	{
		id: 'ghayr',
		lemma: 'غَيْر',
		root: 'غير',
		pos: 'noun',
		glosses: ['non-, un- (before an adjective)', 'other than', 'not'],
		note: 'Takes the case of the word it qualifies and puts the next word in the genitive: البلدانِ غيرِ الإقليميةِ "non-regional countries".',
		definitionAr:
			'غَيْر: كلمة تدل على النفي والمخالفة (البلدان غير الإقليمية: التي ليست من المنطقة)؛ وبمعنى «سِوى»؛ وبمعنى «لا» و«ليس».',
		noteAr:
			'تأخذ إعراب الكلمة التي تصفها، ويُجرّ ما بعدها بالإضافة: «البلدانِ غيرِ الإقليميةِ»: البلدان التي ليست من المنطقة.'
	},
	{
		id: 'hadaf',
		lemma: 'هَدَف',
		root: 'هدف',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَهْدَاف'],
		glosses: ['aim, goal, objective (بهدف: with the aim of)', 'target'],
		note: 'بِهَدَفِ + verbal noun “with the aim of …ing, in order to” is a stock news phrase.',
		definitionAr:
			'هَدَف: الغاية المقصودة التي يُسعى إليها (بهدف كذا: بقصده، من أجله)؛ وما يُرمى إليه ويُصوَّب نحوه.',
		noteAr: '«بِهَدَفِ» + مصدر: بقصد كذا، من أجل كذا؛ عبارة مألوفة في لغة الأخبار.'
	},
	{
		id: 'hadd',
		lemma: 'حَدّ',
		root: 'حدد',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['حُدُود'],
		glosses: ['border, frontier (pl. حدود)', 'limit, edge'],
		definitionAr: 'حَدّ: الفاصل بين أرضين أو دولتين، وجمعه حدود (الحدود الدولية)؛ ونهاية الشيء وطرفه.'
	},
	{
		id: 'halif',
		lemma: 'حَلِيف',
		root: 'حلف',
		pattern: 'فَعِيل',
		pos: 'noun',
		plurals: ['حُلَفَاء'],
		glosses: ['ally', 'confederate'],
		note: 'The plural حُلَفَاء is a diptote, but takes -i in idafa: حُلَفَائِهَا.',
		definitionAr: 'حَلِيف: دولة أو شخص يرتبط بغيره بعهد أو اتفاق على التناصر والتعاون.',
		noteAr: 'الجمع «حُلَفَاء» ممنوع من الصرف، لكنه يُجرّ بالكسرة إذا أُضيف: «حُلَفَائِهَا».'
	},
	{
		id: 'hamish',
		lemma: 'هَامِش',
		root: 'همش',
		pattern: 'فَاعِل',
		pos: 'noun',
		plurals: ['هَوَامِش'],
		glosses: ['margin, sidelines (على هامش: on the sidelines of)', 'footnote'],
		note: 'على هامش الزيارة/المؤتمر "on the sidelines of the visit/conference".',
		definitionAr:
			'هَامِش: طرف الشيء وحاشيته (على هامش الزيارة: في أثنائها وإلى جانب برنامجها الرئيسي)؛ وحاشية الصفحة وما يُكتب فيها من تعليق.',
		noteAr: '«على هامش الزيارة» و«على هامش المؤتمر»: في أثنائها وإلى جانب أعمالها الرئيسية.'
	},
	{
		id: 'haras',
		lemma: 'حَرَس',
		root: 'حرس',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَحْرَاس'],
		glosses: ['guard, guard corps'],
		note: 'A collective noun. الحرس الثوري "the Revolutionary Guard (IRGC)".',
		definitionAr: 'حَرَس: جماعة يتولّون الحراسة والحماية؛ وقوةٌ عسكرية خاصة (الحرس الثوري).',
		noteAr: 'اسمُ جمعٍ. «الحرس الثوري»: حرس الثورة الإسلامية في إيران.'
	},
	{
		id: 'jadwa',
		lemma: 'جَدْوَى',
		root: 'جدو',
		pattern: 'فَعْلَى',
		pos: 'noun',
		glosses: ['use, usefulness, benefit'],
		note: 'Mostly in negative phrases: عدم جدوى, لا جدوى منه "it is no use". The final ى is written ا before a suffix: جدواه.',
		definitionAr: 'جَدْوَى: فائدة ونفع (عدم جدواه: انتفاء فائدته).',
		noteAr:
			'تكثر في عبارات النفي: «عدم جدوى»، و«لا جدوى منه» أي لا فائدة فيه. وتُكتب الألف المقصورة ألفًا قائمة قبل الضمير: «جدواه».'
	},
	{
		id: 'janib',
		lemma: 'جَانِب',
		root: 'جنب',
		pattern: 'فَاعِل',
		pos: 'noun',
		plurals: ['جَوَانِب'],
		glosses: ['side, party (in talks)', 'aspect'],
		note: 'الجانبان "the two sides" (nominative), الجانبين (genitive/accusative).',
		definitionAr: 'جَانِب: طرفٌ في محادثات أو اتفاق (الجانبان: الطرفان)؛ وناحية الشيء وجهته.',
		noteAr: '«الجانبان» في الرفع، و«الجانبين» في النصب والجر.'
	},
	{
		id: 'juhd',
		lemma: 'جُهْد',
		root: 'جهد',
		pattern: 'فُعْل',
		pos: 'noun',
		plurals: ['جُهُود'],
		glosses: ['effort', 'exertion, endeavour'],
		definitionAr: 'جُهْد: ما يبذله المرء من طاقة ووُسع في عمل (جهود الدول: مساعيها)؛ والمشقة والعناء.'
	},
	{
		id: 'jumhuriyya',
		lemma: 'جُمْهُورِيَّة',
		root: 'جمهر',
		pos: 'noun',
		plurals: ['جُمْهُورِيَّات'],
		glosses: ['republic'],
		note: 'الجمهورية الإسلامية "the Islamic Republic" (Iran).',
		definitionAr: 'جُمْهُورِيَّة: دولة يرأسها رئيس يُختار لمدة محدَّدة، لا ملكٌ يرث الحكم.',
		noteAr: '«الجمهورية الإسلامية»: يُراد بها إيران.'
	},
	{
		id: 'kharij',
		lemma: 'خَارِج',
		root: 'خرج',
		pattern: 'فَاعِل',
		pos: 'noun',
		glosses: ['outside (of)', 'exterior; abroad (في الخارج)'],
		definitionAr:
			'خَارِج: ما كان وراء حدود الشيء وليس منه (من خارج المنطقة)؛ وظاهر الشيء؛ و«في الخارج»: خارج البلاد.'
	},
	{
		id: 'khatt',
		lemma: 'خَطّ',
		root: 'خطط',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['خُطُوط'],
		glosses: [
			'line (الخطوط الحمراء: red lines)',
			'handwriting, script',
			'route, line (of transport)'
		],
		definitionAr:
			'خَطّ: أثرٌ ممدود مستطيل (الخطوط الحمراء: الحدود التي لا يُسمح بتجاوزها)؛ والكتابة وطريقة رسم الحروف؛ والطريق الذي تسلكه وسائل النقل.'
	},
	{
		id: 'khutta',
		lemma: 'خُطَّة',
		root: 'خطط',
		pattern: 'فُعْلَة',
		pos: 'noun',
		plurals: ['خُطَط'],
		glosses: ['plan', 'policy, course'],
		definitionAr: 'خُطَّة: تدبير مرسوم لعمل يُراد تنفيذه؛ والسياسة والنهج.'
	},
	{
		id: 'khutwa',
		lemma: 'خُطْوَة',
		root: 'خطو',
		pattern: 'فُعْلَة',
		pos: 'noun',
		plurals: ['خُطُوَات', 'خُطًى'],
		glosses: ['step, move (a measure taken)', 'pace, footstep'],
		definitionAr: 'خُطْوَة: إجراء يُتَّخذ أو تصرُّف في سبيل أمر؛ وما بين القدمين عند المشي.'
	},
	{
		id: 'kull',
		lemma: 'كُلّ',
		root: 'كلل',
		pos: 'noun',
		glosses: ['all, every, each', 'the whole'],
		note: 'بكل + noun "with all …, with full …": بكل سرور "with great pleasure".',
		definitionAr: 'كُلّ: اسمٌ يدل على الشمول لأفراد الشيء أو أجزائه، جميع؛ والشيء بتمامه.',
		noteAr: '«بكل» + اسم: بتمام الشيء وكماله؛ «بكل سرور»: بسرور كبير.'
	},
	{
		id: 'majal',
		lemma: 'مَجَال',
		root: 'جول',
		pattern: 'مَفْعَل',
		pos: 'noun',
		plurals: ['مَجَالَات'],
		glosses: ['field, sphere, domain', 'scope, room'],
		definitionAr: 'مَجَال: ميدان وحقل من النشاط (المجالين الإقليمي والدولي)؛ والمتَّسَع والفسحة.'
	},
	{
		id: 'majlis',
		lemma: 'مَجْلِس',
		root: 'جلس',
		pattern: 'مَفْعِل',
		pos: 'noun',
		plurals: ['مَجَالِس'],
		glosses: ['council', 'assembly, parliament', 'session, sitting'],
		note: 'مجلس الأمن "the Security Council"; المجلس الأعلى للأمن القومي "the Supreme National Security Council".',
		definitionAr:
			'مَجْلِس: هيئة من أشخاص يجتمعون للتشاور واتخاذ القرار (المجلس الأعلى للأمن القومي)؛ والبرلمان؛ والجلسة وموضع الجلوس.',
		noteAr: 'من تراكيبه: «مجلس الأمن» (الدولي)، و«المجلس الأعلى للأمن القومي».'
	},
	{
		id: 'majmua',
		lemma: 'مَجْمُوعَة',
		root: 'جمع',
		pattern: 'مَفْعُولَة',
		pos: 'noun',
		plurals: ['مَجْمُوعَات'],
		glosses: ['set, range', 'group', 'collection'],
		definitionAr:
			'مَجْمُوعَة: عدد من الأشياء ضُمَّ بعضها إلى بعض (مجموعة كاملة من الأنشطة)؛ وجماعة من الناس؛ وجملة الأشياء المجموعة.'
	},
	{
		id: 'marid',
		lemma: 'مَعْرِض',
		root: 'عرض',
		pattern: 'مَفْعِل',
		pos: 'noun',
		plurals: ['مَعَارِض'],
		glosses: ['exhibition, show', 'fair'],
		definitionAr: 'مَعْرِض: مكانٌ تُعرض فيه الأشياء ليشاهدها الناس؛ وسوقٌ تُعرض فيها البضائع.'
	},
	{
		id: 'maslaha',
		lemma: 'مَصْلَحَة',
		root: 'صلح',
		pattern: 'مَفْعَلَة',
		pos: 'noun',
		plurals: ['مَصَالِح'],
		glosses: ['interest (pl. interests)', 'benefit, advantage', 'government department, agency'],
		definitionAr:
			'مَصْلَحَة: منفعة وفائدة، والجمع مصالح (المصالح المتبادلة: المنافع التي يتبادلها الطرفان)؛ والدائرة الحكومية.'
	},
	{
		id: 'mazid',
		lemma: 'مَزِيد',
		root: 'زيد',
		pos: 'noun',
		glosses: ['more, further (مزيد من + noun)', 'increase, addition'],
		note: 'المزيد من / لمزيد من "(for) more …, further …".',
		definitionAr: 'مَزِيد: زيادة وقَدْرٌ أكبر (لمزيد من العمل: لعملٍ أكثر)؛ والإضافة.',
		noteAr: '«المزيد من» و«لمزيد من» + اسم: قدرٌ أكبر من الشيء.'
	},
	{
		id: 'mintaqa',
		lemma: 'مِنْطَقَة',
		root: 'نطق',
		pattern: 'مِفْعَلَة',
		pos: 'noun',
		plurals: ['مَنَاطِق'],
		glosses: ['region, area', 'zone'],
		note: 'المنطقة "the region": in Middle East news, usually the Middle East or the Gulf.',
		definitionAr: 'مِنْطَقَة: جزء من الأرض له حدود أو صفات يتميَّز بها؛ إقليم وناحية.',
		noteAr: '«المنطقة» في أخبار الشرق الأوسط يُراد بها غالبًا الشرق الأوسط أو منطقة الخليج.'
	},
	{
		id: 'mujamma',
		lemma: 'مُجَمَّع',
		root: 'جمع',
		pattern: 'مُفَعَّل',
		pos: 'noun',
		verbForm: 'II',
		plurals: ['مُجَمَّعَات'],
		glosses: ['complex (industrial, residential)', 'compound'],
		note: 'Passive participle of جَمَّعَ "to gather, assemble", used as a noun. المجمع الصناعي العسكري "the military-industrial complex". Not to be confused with مَجْمَع "academy, assembly".',
		definitionAr:
			'مُجَمَّع: مجموعة من المنشآت أو المؤسسات المترابطة يجمعها نشاط واحد (المجمع الصناعي العسكري)؛ ومكانٌ يضمُّ أبنية أو وحدات متعددة.',
		noteAr:
			'اسم مفعول من «جَمَّعَ» (جمع وضمَّ)، استُعمل اسمًا. «المجمع الصناعي العسكري»: المصانع والمؤسسات التي تنتج السلاح. ولا يُخلط بـ«مَجْمَع» بمعنى المجمع العلمي أو موضع الاجتماع.'
	},
	{
		id: 'mujib',
		lemma: 'مُوجِب',
		root: 'وجب',
		pattern: 'مُفْعِل',
		pos: 'noun',
		verbForm: 'IV',
		glosses: ['(بِمُوجِبِ) under, by virtue of, in accordance with', 'cause, reason'],
		uncertain:
			'بموجب is read bi-mūjibi (Hans Wehr) and, very commonly, bi-mūjabi; the entry follows Hans Wehr.',
		definitionAr: 'بِمُوجِبِ كذا: بمقتضاه، وَفْقًا له، استنادًا إليه؛ والمُوجِب: السبب والداعي.',
		uncertainAr:
			'تُقرأ «بموجب» بِمُوجِبِ (هانز فير)، وكثيرًا ما تُقرأ بِمُوجَبِ أيضًا؛ وهذا المدخل يتَّبع هانز فير.'
	},
	{
		id: 'muntaj',
		lemma: 'مُنْتَج',
		root: 'نتج',
		pattern: 'مُفْعَل',
		pos: 'noun',
		verbForm: 'IV',
		plurals: ['مُنْتَجَات'],
		glosses: ['product'],
		note: 'Passive participle of أَنْتَجَ "to produce", used as a noun.',
		definitionAr: 'مُنْتَج: ما يُنتَج أو يُصنَع من سلع وأشياء.',
		noteAr: 'اسم مفعول من «أَنْتَجَ»، استُعمل اسمًا.'
	},
	{
		id: 'mustawa',
		lemma: 'مُسْتَوًى',
		root: 'سوي',
		pos: 'noun',
		verbForm: 'VIII',
		plurals: ['مُسْتَوَيَات'],
		glosses: ['level', 'standard'],
		note: 'Ends in alif maqsura: مُسْتَوًى (indefinite, -an in every case), الْمُسْتَوَى (definite). Formally the Form VIII passive participle (noun of place) of اِسْتَوَى “to be level, even”; Hans Wehr lists it under سوى.',
		pattern: 'مُفْتَعَل',
		definitionAr:
			'مُسْتَوًى: درجة ومرتبة يُقاس بها الشيء (مستوى جديد: درجة أعلى لم يُبلغ مثلها)؛ ومعيار.',
		noteAr:
			'ينتهي بألف مقصورة: «مُسْتَوًى» نكرةً (بتنوين الفتح في جميع الأحوال)، و«الْمُسْتَوَى» معرفةً. وهو في الأصل اسم مفعول من الفعل المزيد «اِسْتَوَى» (اعتدل وتساوى) على وزن اِفْتَعَلَ، ويُستعمل اسمَ مكان؛ ويذكره هانز فير تحت سوى.'
	},
	{
		id: 'nashat',
		lemma: 'نَشَاط',
		root: 'نشط',
		pattern: 'فَعَال',
		pos: 'noun',
		plurals: ['أَنْشِطَة', 'نَشَاطَات'],
		glosses: ['activity', 'energy, vigour'],
		definitionAr:
			'نَشَاط: عمل يُقام به في مجال ما، والجمع أنشطة (الأنشطة المخطط لها)؛ والحيوية والخفَّة في العمل.'
	},
	{
		id: 'nazir',
		lemma: 'نَظِير',
		root: 'نظر',
		pattern: 'فَعِيل',
		pos: 'noun',
		plurals: ['نُظَرَاء'],
		glosses: ['counterpart', 'equal, peer', 'like, equivalent'],
		note: 'نظيره "his counterpart": a minister’s opposite number in another country.',
		definitionAr: 'نَظِير: من يشغل المنصب نفسه في دولة أخرى (نظيره الإيراني)؛ والمِثْل والشبيه.',
		noteAr: '«نظيره»: من يقابل الوزيرَ في منصبه في دولة أخرى.'
	},
	{
		id: 'nizam',
		lemma: 'نِظَام',
		root: 'نظم',
		pattern: 'فِعَال',
		pos: 'noun',
		plurals: ['أَنْظِمَة', 'نُظُم'],
		glosses: [
			'order, system (نظام متعدد الأقطاب: multipolar order)',
			'system (أنظمة الدفاع: defence systems)',
			'regime'
		],
		note: 'أنظمة الدفاع الجوي "air defence systems".',
		definitionAr:
			'نِظَام: ترتيب تسير عليه الأمور (نظام متعدد الأقطاب: ترتيب عالمي تتوزع فيه القوة بين عدة دول)؛ ومجموعة أجهزة تعمل معًا (أنظمة الدفاع الجوي)؛ والحكم السياسي القائم.',
		noteAr: '«أنظمة الدفاع الجوي»: منظومات الأسلحة التي تحمي الأجواء.'
	},
	{
		id: 'qaid',
		lemma: 'قَائِد',
		root: 'قود',
		pattern: 'فَاعِل',
		pos: 'noun',
		plurals: ['قَادَة', 'قُوَّاد'],
		glosses: ['commander', 'leader'],
		note: 'Active participle of قَادَ "to lead", used as a noun. القادة العسكريون "military commanders".',
		definitionAr: 'قَائِد: من يتولى قيادة جيش أو فرقة منه؛ والرئيس الذي يقود جماعة.',
		noteAr: 'اسم فاعل من «قَادَ»، استُعمل اسمًا. «القادة العسكريون»: قادة الجيش.'
	},
	{
		id: 'qutb',
		lemma: 'قُطْب',
		root: 'قطب',
		pattern: 'فُعْل',
		pos: 'noun',
		plurals: ['أَقْطَاب'],
		glosses: ['pole (centre of power)', 'pivot, axis', 'leading figure'],
		definitionAr:
			'قُطْب: مركز قوة ونفوذ في العالم (نظام متعدد الأقطاب)؛ والمحور الذي يدور عليه الشيء؛ وسيِّد القوم وكبيرهم.'
	},
	{
		id: 'quwwa',
		lemma: 'قُوَّة',
		root: 'قوي',
		pattern: 'فُعْلَة',
		pos: 'noun',
		plurals: ['قُوَّات', 'قُوًى'],
		glosses: ['force (pl. قُوَّات: forces, troops)', 'strength, power'],
		note: 'قُوَّات = armed forces; قُوًى = powers (political). القوات الجوية "the air force"; القوات الجوية الفضائية "the aerospace force".',
		definitionAr:
			'قُوَّة: جماعة مسلحة، والجمع قُوَّات: الجيوش والجنود (قوات من خارج المنطقة)؛ والقوة أيضًا: الشدة والقدرة.',
		noteAr:
			'«قُوَّات»: القوات المسلحة؛ و«قُوًى»: القوى السياسية. «القوات الجوية»: سلاح الجو؛ و«القوات الجوية الفضائية»: القوات التي تجمع سلاح الجو وسلاح الفضاء.'
	},
	{
		id: 'raghm',
		lemma: 'رَغْم',
		root: 'رغم',
		pattern: 'فَعْل',
		pos: 'noun',
		glosses: ['despite (على الرغم من, بالرغم من, رغم)', 'reluctance, aversion'],
		note: 'Dictionaries also give رُغْم and رِغْم; رَغْم is the usual reading in على الرغم من.',
		definitionAr:
			'رَغْم: (على الرغم من، بالرغم من، رغم) مع وجود الأمر وخلافًا لما يقتضيه؛ والرَّغْم أيضًا: الكُرْه والإكراه.',
		noteAr: 'تذكر المعاجم أيضًا «رُغْم» و«رِغْم»؛ والمعتاد في «على الرغم من» فتح الراء: رَغْم.'
	},
	{
		id: 'sabab',
		lemma: 'سَبَب',
		root: 'سبب',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَسْبَاب'],
		glosses: ['cause, reason'],
		definitionAr: 'سَبَب: ما يؤدي إلى حدوث الشيء، علَّة وداعٍ.'
	},
	{
		id: 'sarukh',
		lemma: 'صَارُوخ',
		root: 'صرخ',
		pattern: 'فَاعُول',
		pos: 'noun',
		plurals: ['صَوَارِيخ'],
		glosses: ['missile', 'rocket'],
		definitionAr: 'صَارُوخ: قذيفة تندفع بقوة وقود يحترق فيها، وتُطلَق على هدف بعيد.'
	},
	{
		id: 'shakl',
		lemma: 'شَكْل',
		root: 'شكل',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['أَشْكَال'],
		glosses: ['way, manner (بشكل + adjective forms an adverb)', 'form, shape'],
		note: 'بشكل مكثف "intensively", بشكل كبير "greatly".',
		definitionAr:
			'شَكْل: طريقة وكيفية (بشكلٍ + صفة يؤدي معنى الحال: بشكل مكثَّف أي بكثافة)؛ والشكل أيضًا: الصورة والهيئة.',
		noteAr: '«بشكل مكثف»: بكثافة؛ «بشكل كبير»: كثيرًا.'
	},
	{
		id: 'shan',
		lemma: 'شَأْن',
		root: 'شأن',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['شُؤُون'],
		glosses: ['matter, affair (بِشَأْنِ: regarding, concerning)', 'importance, standing'],
		definitionAr: 'شَأْن: أمرٌ وحال (بشأن كذا: فيما يخصُّه ويتعلق به)؛ ومكانة وقَدْر.'
	},
	{
		id: 'sharq',
		lemma: 'شَرْق',
		root: 'شرق',
		pattern: 'فَعْل',
		pos: 'noun',
		glosses: ['east', 'the East, the Orient'],
		note: 'الشرق الأوسط "the Middle East".',
		definitionAr: 'شَرْق: جهة شروق الشمس؛ والبلاد الواقعة في تلك الجهة (الشرق الأوسط).',
		noteAr: 'من تراكيبه: «الشرق الأوسط».'
	},
	{
		id: 'silah',
		lemma: 'سِلَاح',
		root: 'سلح',
		pattern: 'فِعَال',
		pos: 'noun',
		plurals: ['أَسْلِحَة'],
		glosses: ['weapon, arms', 'branch (of the armed forces)'],
		definitionAr: 'سِلَاح: آلة الحرب التي يُقاتَل بها، والجمع أسلحة؛ وفرعٌ من فروع الجيش (سلاح الجو).'
	},
	{
		id: 'siyaq',
		lemma: 'سِيَاق',
		root: 'سوق',
		pattern: 'فِعَال',
		pos: 'noun',
		glosses: ['context', 'course, sequence'],
		definitionAr:
			'سِيَاق: ما يحيط بالكلام أو الحدث ويتصل به (في سياق متصل: في موضوع ذي صلة)؛ وتتابع الكلام وتسلسله.'
	},
	{
		id: 'taira',
		lemma: 'طَائِرَة',
		root: 'طير',
		pattern: 'فَاعِلَة',
		pos: 'noun',
		plurals: ['طَائِرَات'],
		glosses: ['aircraft, airplane'],
		note: 'الطائرات المسيّرة / الطائرات بدون طيار "drones, unmanned aircraft".',
		definitionAr: 'طَائِرَة: مركبة تطير في الجو وتحمل الناس أو البضائع أو السلاح.',
		noteAr: '«الطائرات المسيَّرة» و«الطائرات بدون طيار»: طائرات تُدار عن بُعد بلا طيار فيها.'
	},
	{
		id: 'taraf',
		lemma: 'طَرَف',
		root: 'طرف',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَطْرَاف'],
		glosses: ['party, side', 'end, edge', 'limb (pl.)'],
		note: 'الطرفان "the two parties/sides".',
		definitionAr:
			'طَرَف: جهة أو فريق في أمر أو نزاع أو محادثات (الطرفان: الجانبان)؛ ونهاية الشيء وحدُّه؛ والأطراف: اليدان والرجلان.',
		noteAr: '«الطرفان»: الجانبان.'
	},
	{
		id: 'tayyar',
		lemma: 'طَيَّار',
		root: 'طير',
		pattern: 'فَعَّال',
		pos: 'noun',
		plurals: ['طَيَّارُون'],
		glosses: ['pilot', 'flyer'],
		definitionAr: 'طَيَّار: من يقود الطائرة (بدون طيار: بلا قائد فيها)؛ وكثير الطيران.'
	},
	{
		id: 'thalatha',
		lemma: 'ثَلَاثَة',
		root: 'ثلث',
		pattern: 'فَعَالَة',
		pos: 'number',
		glosses: ['three'],
		note: 'ثَلَاث (no ة) is the form used with feminine nouns: الدول الثلاث “the three states”.',
		definitionAr: 'ثَلَاثَة: العدد الذي بعد الاثنين وقبل الأربعة.',
		noteAr: '«ثَلَاث» (بلا تاء) هي الصيغة المستعملة مع المعدود المؤنث: «الدول الثلاث».'
	},
	{
		id: 'uquba',
		lemma: 'عُقُوبَة',
		root: 'عقب',
		pattern: 'فُعُولَة',
		pos: 'noun',
		plurals: ['عُقُوبَات'],
		glosses: ['sanction (pl. sanctions)', 'punishment, penalty'],
		note: 'In politics the plural العقوبات means "sanctions".',
		definitionAr:
			'عُقُوبَة: تدبير تفرضه دولة أو هيئة على دولة أخرى للضغط عليها، والجمع عقوبات؛ والجزاء على الذنب.',
		noteAr: 'في السياسة يُراد بالجمع «العقوبات» التدابير التي تُفرض على دولة للضغط عليها.'
	},
	{
		id: 'wahda',
		lemma: 'وَحْدَة',
		root: 'وحد',
		pattern: 'فَعْلَة',
		pos: 'noun',
		plurals: ['وَحَدَات'],
		glosses: ['unity, integrity (وحدة الأراضي: territorial integrity)', 'unit', 'solitude'],
		definitionAr:
			'وَحْدَة: كون الشيء واحدًا غير منقسم (وحدة الأراضي: سلامة أرض الدولة من التجزئة)؛ وجزء مستقل من كُلٍّ (وحدة عسكرية)؛ والانفراد والعزلة.'
	},
	{
		id: 'wakala',
		lemma: 'وَكَالَة',
		root: 'وكل',
		pattern: 'فَعَالَة',
		pos: 'noun',
		plurals: ['وَكَالَات'],
		glosses: [
			'agency, news agency',
			'representation, agency (acting for someone)',
			'power of attorney'
		],
		note: 'وكالات in a dateline: "agencies", i.e. the report is compiled from wire services.',
		definitionAr:
			'وَكَالَة: مؤسسة تجمع الأخبار وتوزِّعها على الصحف ووسائل الإعلام (وكالة أنباء)؛ والنيابة عن الغير في أمر؛ والتفويض الرسمي بذلك.',
		noteAr: '«وكالات» في سطر المكان في أول الخبر: أي إن الخبر جُمع من وكالات الأنباء.'
	},
	{
		id: 'wazir',
		lemma: 'وَزِير',
		root: 'وزر',
		pattern: 'فَعِيل',
		pos: 'noun',
		plurals: ['وُزَرَاء'],
		glosses: ['minister', 'vizier'],
		note: 'وزير الدفاع “defence minister”, وزير الخارجية “foreign minister”.',
		definitionAr:
			'وَزِير: عضو في الحكومة يتولى إدارة وزارة (وزير الدفاع)؛ وفي التاريخ: معاون الخليفة أو السلطان.',
		noteAr: 'من تراكيبه: «وزير الدفاع» و«وزير الخارجية».'
	},
	{
		id: 'wilaya',
		lemma: 'وِلَايَة',
		root: 'ولي',
		pattern: 'فِعَالَة',
		pos: 'noun',
		plurals: ['وِلَايَات'],
		glosses: ['state (of a federation)', 'province', 'term of office; guardianship'],
		note: 'الولايات المتحدة "the United States".',
		definitionAr:
			'وِلَايَة: جزء من دولة اتحادية له حكومته الخاصة (الولايات المتحدة)؛ ومقاطعة؛ ومدَّة تولِّي المنصب؛ والسلطة على القاصر ونحوه.',
		noteAr: '«الولايات المتحدة»: الولايات المتحدة الأمريكية.'
	},
	{
		id: 'yawm',
		lemma: 'يَوْم',
		root: 'يوم',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['أَيَّام'],
		glosses: ['today (الْيَوْمَ, adverb)', 'day'],
		note: 'With the article and in the accusative, الْيَوْمَ means "today, nowadays".',
		definitionAr:
			'اليَوْمَ: في هذا اليوم، وفي الوقت الحاضر؛ واليَوْم: المدة من طلوع الشمس إلى غروبها، أو أربع وعشرون ساعة.',
		noteAr: 'إذا عُرِّف بأل ونُصب ظرفًا كان معناه: في هذا اليوم، في الوقت الحاضر.'
	},
	{
		id: 'zarf',
		lemma: 'ظَرْف',
		root: 'ظرف',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['ظُرُوف'],
		glosses: [
			'circumstance (pl. conditions, circumstances)',
			'envelope, container',
			'adverb (grammar)'
		],
		definitionAr:
			'ظَرْف: حالٌ تحيط بالأمر وتؤثر فيه، والجمع ظروف؛ والوعاء والغلاف؛ وفي النحو: اسم يدل على زمان الفعل أو مكانه.'
	}
] satisfies GlossaryEntry[];
