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
		note: 'Verbal noun of عَدِمَ “to lack”, used to negate the noun after it: عدم جدوى “futility, uselessness”, عدم إلغاء “not lifting, non-cancellation”.'
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
			'Root: Hans Wehr files أحد under وحد; the classical lexicons (Lisān al-ʿArab) also give it a root entry أ ح د.'
	},
	{
		id: 'ahammiyya',
		lemma: 'أَهَمِّيَّة',
		root: 'همم',
		pos: 'noun',
		glosses: ['importance, significance']
	},
	{
		id: 'alaqa',
		lemma: 'عَلَاقَة',
		root: 'علق',
		pattern: 'فَعَالَة',
		pos: 'noun',
		plurals: ['عَلَاقَات'],
		glosses: ['relation, relationship (pl. relations, ties)', 'connection'],
		note: 'Also vowelled عِلَاقَة; عَلَاقَة is the usual form for “relation”. The plural العلاقات is “relations, ties” between states.'
	},
	{
		id: 'amal',
		lemma: 'عَمَل',
		root: 'عمل',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَعْمَال'],
		glosses: ['action, work (خطة العمل: plan of action)', 'act, deed', 'job, employment'],
		note: 'Also the verbal noun of عَمِلَ "to work".'
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
		note: 'أمين عام "secretary-general"; أمين المجلس "secretary of the council".'
	},
	{
		id: 'amn',
		lemma: 'أَمْن',
		root: 'أمن',
		pattern: 'فَعْل',
		pos: 'noun',
		glosses: ['security', 'safety'],
		note: 'الأمن القومي "national security"; الاستقرار والأمن "stability and security".'
	},
	{
		id: 'ard',
		lemma: 'أَرْض',
		root: 'أرض',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['أَرَاضٍ'],
		glosses: ['land, territory (pl. أراضي: territories)', 'earth, ground'],
		note: 'The plural أَرَاضٍ is written أراضي when definite or in idafa.'
	},
	{
		id: 'asas',
		lemma: 'أَسَاس',
		root: 'أسس',
		pattern: 'فَعَال',
		pos: 'noun',
		plurals: ['أُسُس'],
		glosses: ['basis, foundation']
	},
	{
		id: 'asima',
		lemma: 'عَاصِمَة',
		root: 'عصم',
		pattern: 'فَاعِلَة',
		pos: 'noun',
		plurals: ['عَوَاصِم'],
		glosses: ['capital (city)'],
		note: 'العاصمة طهران "the capital, Tehran": the name follows in apposition.'
	},
	{
		id: 'athna',
		lemma: 'أَثْنَاء',
		root: 'ثني',
		pos: 'noun',
		glosses: ['course, midst (في أثناء: during)', 'meanwhile (في الأثناء)'],
		note: 'Plural of ثِنْي “fold” (Hans Wehr, under ثنى); listed as its own lemma because it is used only in set phrases: في أثناء / أثناءَ “during”, في الأثناء / في هذه الأثناء “meanwhile”.',
		pattern: 'أَفْعَال'
	},
	{
		id: 'ayy',
		lemma: 'أَيّ',
		root: null,
		pos: 'noun',
		glosses: ['any (أيّ + indefinite genitive)', 'which?, what?'],
		note: 'Declinable: لِأَيِّ تَوَاجُدٍ “to any presence”.'
	},
	{
		id: 'bad',
		lemma: 'بَعْض',
		root: 'بعض',
		pattern: 'فَعْل',
		pos: 'noun',
		glosses: ['some (of), certain', 'part']
	},
	{
		id: 'balad',
		lemma: 'بَلَد',
		root: 'بلد',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['بِلَاد', 'بُلْدَان'],
		glosses: ['country', 'town, place'],
		note: 'The plural بِلَاد is very often used for a single country, “homeland”: بلاده “his country”. The dual: بين البلدين “between the two countries”. The plural بُلْدَان “countries”: unvowelled, البلدان could also be the nominative dual الْبَلَدَانِ, but after a noun in idafa only the plural fits (the dual would be البلدين).'
	},
	{
		id: 'dawla',
		lemma: 'دَوْلَة',
		root: 'دول',
		pattern: 'فَعْلَة',
		pos: 'noun',
		plurals: ['دُوَل'],
		glosses: ['state, country', 'power (a state)']
	},
	{
		id: 'dawr',
		lemma: 'دَوْر',
		root: 'دور',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['أَدْوَار'],
		glosses: ['role, part (بِدَوْرِهِ: for his part)', 'turn', 'period, phase'],
		note: 'بدوره / بدورها “for his / her part” introduces the other side’s reply in news reports.'
	},
	{
		id: 'fawda',
		lemma: 'فَوْضَى',
		root: 'فوض',
		pos: 'noun',
		glosses: ['chaos, disorder', 'anarchy']
	},
	{
		id: 'fursa',
		lemma: 'فُرْصَة',
		root: 'فرص',
		pattern: 'فُعْلَة',
		pos: 'noun',
		plurals: ['فُرَص'],
		glosses: ['opportunity, chance']
	},
	{
		id: 'ghayr',
		lemma: 'غَيْر',
		root: 'غير',
		pos: 'noun',
		glosses: ['non-, un- (before an adjective)', 'other than', 'not'],
		note: 'Takes the case of the word it qualifies and puts the next word in the genitive: البلدانِ غيرِ الإقليميةِ "non-regional countries".'
	},
	{
		id: 'hadaf',
		lemma: 'هَدَف',
		root: 'هدف',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَهْدَاف'],
		glosses: ['aim, goal, objective (بهدف: with the aim of)', 'target'],
		note: 'بِهَدَفِ + verbal noun “with the aim of …ing, in order to” is a stock news phrase.'
	},
	{
		id: 'hadd',
		lemma: 'حَدّ',
		root: 'حدد',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['حُدُود'],
		glosses: ['border, frontier (pl. حدود)', 'limit, edge']
	},
	{
		id: 'halif',
		lemma: 'حَلِيف',
		root: 'حلف',
		pattern: 'فَعِيل',
		pos: 'noun',
		plurals: ['حُلَفَاء'],
		glosses: ['ally', 'confederate'],
		note: 'The plural حُلَفَاء is a diptote, but takes -i in idafa: حُلَفَائِهَا.'
	},
	{
		id: 'hamish',
		lemma: 'هَامِش',
		root: 'همش',
		pattern: 'فَاعِل',
		pos: 'noun',
		plurals: ['هَوَامِش'],
		glosses: ['margin, sidelines (على هامش: on the sidelines of)', 'footnote'],
		note: 'على هامش الزيارة/المؤتمر "on the sidelines of the visit/conference".'
	},
	{
		id: 'haras',
		lemma: 'حَرَس',
		root: 'حرس',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَحْرَاس'],
		glosses: ['guard, guard corps'],
		note: 'A collective noun. الحرس الثوري "the Revolutionary Guard (IRGC)".'
	},
	{
		id: 'jadwa',
		lemma: 'جَدْوَى',
		root: 'جدو',
		pattern: 'فَعْلَى',
		pos: 'noun',
		glosses: ['use, usefulness, benefit'],
		note: 'Mostly in negative phrases: عدم جدوى, لا جدوى منه "it is no use". The final ى is written ا before a suffix: جدواه.'
	},
	{
		id: 'janib',
		lemma: 'جَانِب',
		root: 'جنب',
		pattern: 'فَاعِل',
		pos: 'noun',
		plurals: ['جَوَانِب'],
		glosses: ['side, party (in talks)', 'aspect'],
		note: 'الجانبان "the two sides" (nominative), الجانبين (genitive/accusative).'
	},
	{
		id: 'juhd',
		lemma: 'جُهْد',
		root: 'جهد',
		pattern: 'فُعْل',
		pos: 'noun',
		plurals: ['جُهُود'],
		glosses: ['effort', 'exertion, endeavour']
	},
	{
		id: 'jumhuriyya',
		lemma: 'جُمْهُورِيَّة',
		root: 'جمهر',
		pos: 'noun',
		plurals: ['جُمْهُورِيَّات'],
		glosses: ['republic'],
		note: 'الجمهورية الإسلامية "the Islamic Republic" (Iran).'
	},
	{
		id: 'kharij',
		lemma: 'خَارِج',
		root: 'خرج',
		pattern: 'فَاعِل',
		pos: 'noun',
		glosses: ['outside (of)', 'exterior; abroad (في الخارج)']
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
		]
	},
	{
		id: 'khutta',
		lemma: 'خُطَّة',
		root: 'خطط',
		pattern: 'فُعْلَة',
		pos: 'noun',
		plurals: ['خُطَط'],
		glosses: ['plan', 'policy, course']
	},
	{
		id: 'khutwa',
		lemma: 'خُطْوَة',
		root: 'خطو',
		pattern: 'فُعْلَة',
		pos: 'noun',
		plurals: ['خُطُوَات', 'خُطًى'],
		glosses: ['step, move (a measure taken)', 'pace, footstep']
	},
	{
		id: 'kull',
		lemma: 'كُلّ',
		root: 'كلل',
		pos: 'noun',
		glosses: ['all, every, each', 'the whole'],
		note: 'بكل + noun "with all …, with full …": بكل سرور "with great pleasure".'
	},
	{
		id: 'majal',
		lemma: 'مَجَال',
		root: 'جول',
		pattern: 'مَفْعَل',
		pos: 'noun',
		plurals: ['مَجَالَات'],
		glosses: ['field, sphere, domain', 'scope, room']
	},
	{
		id: 'majlis',
		lemma: 'مَجْلِس',
		root: 'جلس',
		pattern: 'مَفْعِل',
		pos: 'noun',
		plurals: ['مَجَالِس'],
		glosses: ['council', 'assembly, parliament', 'session, sitting'],
		note: 'مجلس الأمن "the Security Council"; المجلس الأعلى للأمن القومي "the Supreme National Security Council".'
	},
	{
		id: 'majmua',
		lemma: 'مَجْمُوعَة',
		root: 'جمع',
		pattern: 'مَفْعُولَة',
		pos: 'noun',
		plurals: ['مَجْمُوعَات'],
		glosses: ['set, range', 'group', 'collection']
	},
	{
		id: 'marid',
		lemma: 'مَعْرِض',
		root: 'عرض',
		pattern: 'مَفْعِل',
		pos: 'noun',
		plurals: ['مَعَارِض'],
		glosses: ['exhibition, show', 'fair']
	},
	{
		id: 'maslaha',
		lemma: 'مَصْلَحَة',
		root: 'صلح',
		pattern: 'مَفْعَلَة',
		pos: 'noun',
		plurals: ['مَصَالِح'],
		glosses: ['interest (pl. interests)', 'benefit, advantage', 'government department, agency']
	},
	{
		id: 'mazid',
		lemma: 'مَزِيد',
		root: 'زيد',
		pos: 'noun',
		glosses: ['more, further (مزيد من + noun)', 'increase, addition'],
		note: 'المزيد من / لمزيد من "(for) more …, further …".'
	},
	{
		id: 'mintaqa',
		lemma: 'مِنْطَقَة',
		root: 'نطق',
		pattern: 'مِفْعَلَة',
		pos: 'noun',
		plurals: ['مَنَاطِق'],
		glosses: ['region, area', 'zone'],
		note: 'المنطقة "the region": in Middle East news, usually the Middle East or the Gulf.'
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
		note: 'Passive participle of جَمَّعَ "to gather, assemble", used as a noun. المجمع الصناعي العسكري "the military-industrial complex". Not to be confused with مَجْمَع "academy, assembly".'
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
			'بموجب is read bi-mūjibi (Hans Wehr) and, very commonly, bi-mūjabi; the entry follows Hans Wehr.'
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
		note: 'Passive participle of أَنْتَجَ "to produce", used as a noun.'
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
		pattern: 'مُفْتَعَل'
	},
	{
		id: 'nashat',
		lemma: 'نَشَاط',
		root: 'نشط',
		pattern: 'فَعَال',
		pos: 'noun',
		plurals: ['أَنْشِطَة', 'نَشَاطَات'],
		glosses: ['activity', 'energy, vigour']
	},
	{
		id: 'nazir',
		lemma: 'نَظِير',
		root: 'نظر',
		pattern: 'فَعِيل',
		pos: 'noun',
		plurals: ['نُظَرَاء'],
		glosses: ['counterpart', 'equal, peer', 'like, equivalent'],
		note: 'نظيره "his counterpart": a minister’s opposite number in another country.'
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
		note: 'أنظمة الدفاع الجوي "air defence systems".'
	},
	{
		id: 'qaid',
		lemma: 'قَائِد',
		root: 'قود',
		pattern: 'فَاعِل',
		pos: 'noun',
		plurals: ['قَادَة', 'قُوَّاد'],
		glosses: ['commander', 'leader'],
		note: 'Active participle of قَادَ "to lead", used as a noun. القادة العسكريون "military commanders".'
	},
	{
		id: 'qutb',
		lemma: 'قُطْب',
		root: 'قطب',
		pattern: 'فُعْل',
		pos: 'noun',
		plurals: ['أَقْطَاب'],
		glosses: ['pole (centre of power)', 'pivot, axis', 'leading figure']
	},
	{
		id: 'quwwa',
		lemma: 'قُوَّة',
		root: 'قوي',
		pattern: 'فُعْلَة',
		pos: 'noun',
		plurals: ['قُوَّات', 'قُوًى'],
		glosses: ['force (pl. قُوَّات: forces, troops)', 'strength, power'],
		note: 'قُوَّات = armed forces; قُوًى = powers (political). القوات الجوية "the air force"; القوات الجوية الفضائية "the aerospace force".'
	},
	{
		id: 'raghm',
		lemma: 'رَغْم',
		root: 'رغم',
		pattern: 'فَعْل',
		pos: 'noun',
		glosses: ['despite (على الرغم من, بالرغم من, رغم)', 'reluctance, aversion'],
		note: 'Dictionaries also give رُغْم and رِغْم; رَغْم is the usual reading in على الرغم من.'
	},
	{
		id: 'sabab',
		lemma: 'سَبَب',
		root: 'سبب',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَسْبَاب'],
		glosses: ['cause, reason']
	},
	{
		id: 'sarukh',
		lemma: 'صَارُوخ',
		root: 'صرخ',
		pattern: 'فَاعُول',
		pos: 'noun',
		plurals: ['صَوَارِيخ'],
		glosses: ['missile', 'rocket']
	},
	{
		id: 'shakl',
		lemma: 'شَكْل',
		root: 'شكل',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['أَشْكَال'],
		glosses: ['way, manner (بشكل + adjective forms an adverb)', 'form, shape'],
		note: 'بشكل مكثف "intensively", بشكل كبير "greatly".'
	},
	{
		id: 'shan',
		lemma: 'شَأْن',
		root: 'شأن',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['شُؤُون'],
		glosses: ['matter, affair (بِشَأْنِ: regarding, concerning)', 'importance, standing']
	},
	{
		id: 'sharq',
		lemma: 'شَرْق',
		root: 'شرق',
		pattern: 'فَعْل',
		pos: 'noun',
		glosses: ['east', 'the East, the Orient'],
		note: 'الشرق الأوسط "the Middle East".'
	},
	{
		id: 'silah',
		lemma: 'سِلَاح',
		root: 'سلح',
		pattern: 'فِعَال',
		pos: 'noun',
		plurals: ['أَسْلِحَة'],
		glosses: ['weapon, arms', 'branch (of the armed forces)']
	},
	{
		id: 'siyaq',
		lemma: 'سِيَاق',
		root: 'سوق',
		pattern: 'فِعَال',
		pos: 'noun',
		glosses: ['context', 'course, sequence']
	},
	{
		id: 'taira',
		lemma: 'طَائِرَة',
		root: 'طير',
		pattern: 'فَاعِلَة',
		pos: 'noun',
		plurals: ['طَائِرَات'],
		glosses: ['aircraft, airplane'],
		note: 'الطائرات المسيّرة / الطائرات بدون طيار "drones, unmanned aircraft".'
	},
	{
		id: 'taraf',
		lemma: 'طَرَف',
		root: 'طرف',
		pattern: 'فَعَل',
		pos: 'noun',
		plurals: ['أَطْرَاف'],
		glosses: ['party, side', 'end, edge', 'limb (pl.)'],
		note: 'الطرفان "the two parties/sides".'
	},
	{
		id: 'tayyar',
		lemma: 'طَيَّار',
		root: 'طير',
		pattern: 'فَعَّال',
		pos: 'noun',
		plurals: ['طَيَّارُون'],
		glosses: ['pilot', 'flyer']
	},
	{
		id: 'thalatha',
		lemma: 'ثَلَاثَة',
		root: 'ثلث',
		pattern: 'فَعَالَة',
		pos: 'number',
		glosses: ['three'],
		note: 'ثَلَاث (no ة) is the form used with feminine nouns: الدول الثلاث “the three states”.'
	},
	{
		id: 'uquba',
		lemma: 'عُقُوبَة',
		root: 'عقب',
		pattern: 'فُعُولَة',
		pos: 'noun',
		plurals: ['عُقُوبَات'],
		glosses: ['sanction (pl. sanctions)', 'punishment, penalty'],
		note: 'In politics the plural العقوبات means "sanctions".'
	},
	{
		id: 'wahda',
		lemma: 'وَحْدَة',
		root: 'وحد',
		pattern: 'فَعْلَة',
		pos: 'noun',
		plurals: ['وَحَدَات'],
		glosses: ['unity, integrity (وحدة الأراضي: territorial integrity)', 'unit', 'solitude']
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
		note: 'وكالات in a dateline: "agencies", i.e. the report is compiled from wire services.'
	},
	{
		id: 'wazir',
		lemma: 'وَزِير',
		root: 'وزر',
		pattern: 'فَعِيل',
		pos: 'noun',
		plurals: ['وُزَرَاء'],
		glosses: ['minister', 'vizier'],
		note: 'وزير الدفاع “defence minister”, وزير الخارجية “foreign minister”.'
	},
	{
		id: 'wilaya',
		lemma: 'وِلَايَة',
		root: 'ولي',
		pattern: 'فِعَالَة',
		pos: 'noun',
		plurals: ['وِلَايَات'],
		glosses: ['state (of a federation)', 'province', 'term of office; guardianship'],
		note: 'الولايات المتحدة "the United States".'
	},
	{
		id: 'yawm',
		lemma: 'يَوْم',
		root: 'يوم',
		pattern: 'فَعْل',
		pos: 'noun',
		plurals: ['أَيَّام'],
		glosses: ['today (الْيَوْمَ, adverb)', 'day'],
		note: 'With the article and in the accusative, الْيَوْمَ means "today, nowadays".'
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
		]
	}
] satisfies GlossaryEntry[];
