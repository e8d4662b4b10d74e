import type { GlossaryEntry } from '../../../schema';

/** Adjectives (nisba adjectives included) and participles. */
export const adjectives = [
	{
		id: 'adil',
		lemma: 'عَادِل',
		root: 'عدل',
		pattern: 'فَاعِل',
		pos: 'adjective',
		verbForm: 'I',
		glosses: ['just, fair', 'equitable']
	},
	{
		id: 'ahmar',
		lemma: 'أَحْمَر',
		root: 'حمر',
		pattern: 'أَفْعَل',
		pos: 'adjective',
		plurals: ['حُمْر'],
		glosses: ['red'],
		note: 'Feminine حَمْرَاء (a diptote).'
	},
	{
		id: 'ajnabiyy',
		lemma: 'أَجْنَبِيّ',
		root: 'جنب',
		pos: 'adjective',
		plurals: ['أَجَانِب'],
		glosses: ['foreign', 'foreigner']
	},
	{
		id: 'ala-2',
		lemma: 'أَعْلَى',
		root: 'علو',
		pattern: 'أَفْعَل',
		pos: 'adjective',
		glosses: ['supreme, highest', 'higher, upper'],
		note: 'Elative of عَالٍ "high"; feminine عُلْيَا. المجلس الأعلى "the Supreme Council". Id suffixed -2 because it romanizes like عَلَى.'
	},
	{
		id: 'askariyy',
		lemma: 'عَسْكَرِيّ',
		root: 'عسكر',
		pos: 'adjective',
		plurals: ['عَسْكَرِيُّون'],
		glosses: ['military', 'soldier, serviceman (as a noun)'],
		note: 'Nisba adjective from عَسْكَر "army". القادة العسكريون "military commanders"; العلاقات العسكرية "military relations".'
	},
	{
		id: 'awsat',
		lemma: 'أَوْسَط',
		root: 'وسط',
		pattern: 'أَفْعَل',
		pos: 'adjective',
		glosses: ['middle', 'central, mid-'],
		note: 'Elative form; feminine وُسْطَى.'
	},
	{
		id: 'damin',
		lemma: 'ضَامِن',
		root: 'ضمن',
		pattern: 'فَاعِل',
		pos: 'participle',
		verbForm: 'I',
		glosses: ['guarantor', 'guaranteeing; liable']
	},
	{
		id: 'dawliyy',
		lemma: 'دَوْلِيّ',
		root: 'دول',
		pos: 'adjective',
		glosses: ['international'],
		note: 'Also vocalized دُوَلِيّ (from دُوَل “states”); both are in Hans Wehr.'
	},
	{
		id: 'difaiyy',
		lemma: 'دِفَاعِيّ',
		root: 'دفع',
		pattern: 'فِعَالِيّ',
		pos: 'adjective',
		glosses: ['defence, defensive']
	},
	{
		id: 'fadaiyy',
		lemma: 'فَضَائِيّ',
		root: 'فضو',
		pos: 'adjective',
		glosses: ['space (as in aerospace)', 'satellite (channel)'],
		note: 'Nisba of فَضَاء "space". الجوية الفضائية "aerospace".'
	},
	{
		id: 'gharbiyy',
		lemma: 'غَرْبِيّ',
		root: 'غرب',
		pos: 'adjective',
		plurals: ['غَرْبِيُّون'],
		glosses: ['Western', 'west, westerly'],
		note: 'Nisba adjective from غَرْب "west".'
	},
	{
		id: 'iqlimiyy',
		lemma: 'إِقْلِيمِيّ',
		root: 'قلم',
		pos: 'adjective',
		glosses: ['regional', 'territorial'],
		note: 'Nisba of إِقْلِيم “region” (from Greek klima), which Hans Wehr lists under ق ل م.'
	},
	{
		id: 'iraniyy',
		lemma: 'إِيرَانِيّ',
		root: null,
		pos: 'adjective',
		plurals: ['إِيرَانِيُّون'],
		glosses: ['Iranian'],
		note: 'Nisba adjective from إيران.'
	},
	{
		id: 'jadid',
		lemma: 'جَدِيد',
		root: 'جدد',
		pattern: 'فَعِيل',
		pos: 'adjective',
		plurals: ['جُدُد'],
		glosses: ['new']
	},
	{
		id: 'jawwiyy',
		lemma: 'جَوِّيّ',
		root: 'جوو',
		pos: 'adjective',
		glosses: ['air, aerial', 'atmospheric'],
		note: 'Nisba of جَوّ "air, atmosphere". الدفاع الجوي "air defence".'
	},
	{
		id: 'kamil',
		lemma: 'كَامِل',
		root: 'كمل',
		pattern: 'فَاعِل',
		pos: 'adjective',
		glosses: ['complete, full', 'entire, whole', 'perfect']
	},
	{
		id: 'lafit',
		lemma: 'لَافِت',
		root: 'لفت',
		pattern: 'فَاعِل',
		pos: 'participle',
		verbForm: 'I',
		glosses: ['pointing out, drawing attention (to: إلى)', 'striking, remarkable'],
		note: 'لافتاً إلى “pointing out” (hal) follows a verb of saying in news reports.'
	},
	{
		id: 'mukaththaf',
		lemma: 'مُكَثَّف',
		root: 'كثف',
		pattern: 'مُفَعَّل',
		pos: 'participle',
		verbForm: 'II',
		glosses: ['intensive, intensified', 'concentrated, condensed'],
		note: 'Passive participle of كَثَّفَ "to intensify".'
	},
	{
		id: 'mukhattat',
		lemma: 'مُخَطَّط',
		root: 'خطط',
		pattern: 'مُفَعَّل',
		pos: 'participle',
		verbForm: 'II',
		plurals: ['مُخَطَّطَات'],
		glosses: ['planned (لـ for)', 'plan, scheme (as a noun)', 'striped'],
		note: 'Passive participle of خَطَّطَ لـ "to plan"; المخطط لها "planned (for them)". The plural is that of the noun "plan".'
	},
	{
		id: 'mumanhaj',
		lemma: 'مُمَنْهَج',
		root: 'نهج',
		pos: 'participle',
		glosses: ['systematic', 'methodical, organized'],
		note: 'Passive participle of مَنْهَجَ "to systematize", a verb made from مَنْهَج "method". Common in news: الإرهاب الممنهج, العنف الممنهج.',
		pattern: 'مُفَعْلَل',
		uncertain:
			'Root: the verb مَنْهَجَ is a quadriliteral (م ن ه ج, pattern فَعْلَلَ) made from the noun مَنْهَج “method”, which Hans Wehr files under ن ه ج; the root is given as نهج so that learners find it there. Modern usage; not in older editions of Hans Wehr.'
	},
	{
		id: 'musayyar',
		lemma: 'مُسَيَّر',
		root: 'سير',
		pattern: 'مُفَعَّل',
		pos: 'participle',
		verbForm: 'II',
		glosses: ['remotely piloted, unmanned (of aircraft)', 'steered, guided', 'driven, run'],
		note: 'Passive participle of سَيَّرَ "to set in motion, steer". الطائرة المسيّرة, or just المسيّرة, "drone".'
	},
	{
		id: 'mushir',
		lemma: 'مُشِير',
		root: 'شور',
		pos: 'participle',
		verbForm: 'IV',
		glosses: [
			'pointing out, noting (مشيراً إلى أنّ "noting that")',
			'adviser; field marshal (as a noun)'
		],
		note: 'Active participle of أَشَارَ. مشيراً (accusative, hal) after a quotation adds a further point: "…, noting that …".',
		pattern: 'مُفْعِل'
	},
	{
		id: 'mushtarak',
		lemma: 'مُشْتَرَك',
		root: 'شرك',
		pattern: 'مُفْتَعَل',
		pos: 'participle',
		verbForm: 'VIII',
		glosses: ['joint, common, shared'],
		note: 'Passive participle of اِشْتَرَكَ "to share, take part".'
	},
	{
		id: 'mustaidd',
		lemma: 'مُسْتَعِدّ',
		root: 'عدد',
		pos: 'participle',
		verbForm: 'X',
		plurals: ['مُسْتَعِدُّون'],
		glosses: ['ready, prepared (لـ for)', 'willing'],
		note: 'Active participle of اِسْتَعَدَّ "to get ready".',
		pattern: 'مُسْتَفْعِل'
	},
	{
		id: 'mustaqill',
		lemma: 'مُسْتَقِلّ',
		root: 'قلل',
		pos: 'participle',
		verbForm: 'X',
		glosses: ['independent'],
		note: 'Active participle of اِسْتَقَلَّ “to become independent”.',
		pattern: 'مُسْتَفْعِل'
	},
	{
		id: 'mutaaddid',
		lemma: 'مُتَعَدِّد',
		root: 'عدد',
		pattern: 'مُتَفَعِّل',
		pos: 'participle',
		verbForm: 'V',
		glosses: ['multi-, multiple (مُتَعَدِّد الأقطاب: multipolar)', 'numerous, various']
	},
	{
		id: 'mutabadal',
		lemma: 'مُتَبَادَل',
		root: 'بدل',
		pattern: 'مُتَفَاعَل',
		pos: 'participle',
		verbForm: 'VI',
		glosses: ['mutual, reciprocal', 'exchanged']
	},
	{
		id: 'mutabir',
		lemma: 'مُعْتَبِر',
		root: 'عبر',
		pattern: 'مُفْتَعِل',
		pos: 'participle',
		verbForm: 'VIII',
		glosses: ['considering, deeming (that)', 'regarding (as)'],
		note: 'معتبراً أن “considering that” (hal) reports a speaker’s view. Do not confuse with the passive participle مُعْتَبَر “considerable, respected”.'
	},
	{
		id: 'mutah',
		lemma: 'مُتَاح',
		root: 'تيح',
		pattern: 'مُفْعَل',
		pos: 'participle',
		verbForm: 'IV',
		glosses: ['available', 'made possible, afforded'],
		note: 'Passive participle of أَتَاحَ "to make available, allow". الفرص المتاحة "the available opportunities".'
	},
	{
		id: 'muttahid',
		lemma: 'مُتَّحِد',
		root: 'وحد',
		pattern: 'مُفْتَعِل',
		pos: 'participle',
		verbForm: 'VIII',
		glosses: ['united', 'unified, joined'],
		note: 'Active participle of اِتَّحَدَ (و assimilates to the ت of Form VIII).'
	},
	{
		id: 'muttasil',
		lemma: 'مُتَّصِل',
		root: 'وصل',
		pattern: 'مُفْتَعِل',
		pos: 'participle',
		verbForm: 'VIII',
		glosses: ['related, connected', 'continuous, adjoining'],
		note: 'في سياق متصل “in a related context”: a news transition.'
	},
	{
		id: 'qawmiyy',
		lemma: 'قَوْمِيّ',
		root: 'قوم',
		pos: 'adjective',
		glosses: ['national', 'nationalist']
	},
	{
		id: 'raisiyy',
		lemma: 'رَئِيسِيّ',
		root: 'رأس',
		pos: 'adjective',
		glosses: ['main, principal, chief']
	},
	{
		id: 'rusiyy',
		lemma: 'رُوسِيّ',
		root: null,
		pos: 'adjective',
		plurals: ['رُوس'],
		glosses: ['Russian'],
		note: 'Nisba adjective from روسيا.'
	},
	{
		id: 'sarukhiyy',
		lemma: 'صَارُوخِيّ',
		root: 'صرخ',
		pos: 'adjective',
		glosses: ['missile (as an adjective), rocket (as an adjective)'],
		note: 'Nisba of صَارُوخ. الأسلحة الصاروخية "missile weaponry".'
	},
	{
		id: 'shamil',
		lemma: 'شَامِل',
		root: 'شمل',
		pattern: 'فَاعِل',
		pos: 'adjective',
		glosses: ['comprehensive', 'all-embracing']
	},
	{
		id: 'sinaiyy',
		lemma: 'صِنَاعِيّ',
		root: 'صنع',
		pos: 'adjective',
		glosses: ['industrial', 'artificial (قمر صناعي: satellite)']
	},
	{
		id: 'tabi',
		lemma: 'تَابِع',
		root: 'تبع',
		pattern: 'فَاعِل',
		pos: 'participle',
		verbForm: 'I',
		plurals: ['أَتْبَاع'],
		glosses: ['belonging to, affiliated with (لـ)', 'subordinate', 'follower'],
		note: 'Active participle of تَبِعَ "to follow". التابع لـ "belonging to, part of".'
	},
	{
		id: 'thawriyy',
		lemma: 'ثَوْرِيّ',
		root: 'ثور',
		pos: 'adjective',
		glosses: ['revolutionary']
	},
	{
		id: 'thunaiyy',
		lemma: 'ثُنَائِيّ',
		root: 'ثني',
		pattern: 'فُعَالِيّ',
		pos: 'adjective',
		glosses: ['bilateral', 'dual, double, two-way']
	},
	{
		id: 'uhadiyy',
		lemma: 'أُحَادِيّ',
		root: 'وحد',
		pos: 'adjective',
		glosses: ['unilateral', 'single, mono-, uni-'],
		note: 'التوجهات الأحادية “unilateral tendencies”, i.e. unilateralism (often of the US).',
		uncertain:
			'Root: Hans Wehr lists أُحَادِيّ with أَحَد under و ح د; some dictionaries file it under أ ح د.'
	},
	{
		id: 'urubbiyy',
		lemma: 'أُورُوبِّيّ',
		root: null,
		pos: 'adjective',
		glosses: ['European'],
		note: 'Nisba of the loanword أوروبا.',
		uncertain:
			'Vocalized after Hans Wehr’s ūrubbī (doubled b); أُورُوبِيّ without shadda is also common.'
	},
	{
		id: 'wadih',
		lemma: 'وَاضِح',
		root: 'وضح',
		pattern: 'فَاعِل',
		pos: 'adjective',
		glosses: ['clear, obvious']
	}
] satisfies GlossaryEntry[];
